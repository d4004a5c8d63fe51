#pragma once
// The consistency rules: one table, one small function per rule, run over a model.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/message.hpp"
#include "src/model/document.hpp"

namespace mk::check {

// What a rule may look at.
struct context {
    const model::document& doc;
    // The goal chain to check against (--chain); nullptr when the document is its own chain.
    const model::document* chain = nullptr;
    // The reference date (ISO "2019-10-31"): --as-of, else the document's own report date.
    std::string as_of;
};

// Where rules put what they find.
using findings = std::vector<model::finding>;

struct rule {
    // Stable id ("MK004").
    std::string_view id;
    model::severity severity;
    // One line: what the rule finds.
    message description;
    void (*run)(const context&, findings&);
};

// Every rule, ordered by id.
std::span<const rule> all_rules();

// Runs every rule over ctx; findings ordered by rule id, then by document order.
findings run_all(const context& ctx);

// A finding of rule at place, with message and suggestion in the current language.
model::finding make_finding(std::string_view rule_id, const std::optional<model::source_ref>& place,
                            std::string subject, const message& text, const message* suggestion = nullptr);

}  // namespace mk::check
