#pragma once
// What `sk generate` reads off a template, or off a school's filled SK document, before filling it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"
#include "src/model/school.hpp"

namespace mk::sk {

struct document_facts {
    // Its text, paragraph by paragraph and cell by cell, then its page headers, one a line: searched
    // for years and school names.
    std::string text;
    // The area its Bilagor name ("... utvecklingsområden för Sydvästra/Östra"); empty when none.
    std::string area;
    // The latest läsår its text names ("Planering 2023-2024" → 2023); nullopt when none.
    std::optional<int> lasar;
};

// The facts of doc; name (the file's) is what the SK recogniser's provenance names.
document_facts facts_of(const document& doc, const std::string& name);

// The school text is about: the one whose name it holds, both folded (text::fold), the longest such
// name; nullptr when it names none.
const model::school* school_named_in(const std::vector<model::school>& schools, std::string_view text);

}  // namespace mk::sk
