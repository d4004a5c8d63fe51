#pragma once
// `export` as a library step: inputs → the nämnd's report in one format, checked.
#include <string>
#include <vector>

#include "src/pipeline/load.hpp"
#include "src/pipeline/outputs.hpp"

namespace mk::pipeline {

struct export_request {
    std::vector<source> inputs;
    // One of report_formats().
    const file_format* format = nullptr;
    // The reference date of the checks (ISO); empty: the document's own report date.
    std::string as_of;
    report::report_options report;
    // What the user says about the inputs (--statusord).
    load_options load;
};

struct export_result {
    std::string bytes;
    std::size_t goals = 0;
    std::size_t activities = 0;
    std::size_t findings = 0;
};

// Reads and merges the inputs, runs the checks and lays the report out in the request's format: a
// workbook (only the detail sheet for a one-sheet format), a document, or the goal chain itself.
// Throws mk::error naming the input when one is unusable.
export_result export_report(const export_request& request);

}  // namespace mk::pipeline
