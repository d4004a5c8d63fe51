#pragma once
// `check` as a library step: the consistency rules over any inputs.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/check/rule.hpp"
#include "src/pipeline/load.hpp"
#include "src/pipeline/source.hpp"

namespace mk::pipeline {

struct check_request {
    std::vector<source> inputs;
    // The goal chain to check against; nullopt: the inputs are their own chain.
    std::optional<source> chain;
    // The reference date (ISO); empty: the inputs' own report date.
    std::string as_of;
    // What the user says about the inputs (--statusord).
    load_options load;
};

// The findings of every rule over the merged inputs. Throws mk::error naming the input when one
// is unusable.
check::findings check_inputs(const check_request& request);

// The findings for a machine in the format named: "json", or a workbook format ("csv": the rows
// of report::findings_workbook). Throws mk::error for any other format.
std::string findings_as(const check::findings& found, std::string_view format_name);

}  // namespace mk::pipeline
