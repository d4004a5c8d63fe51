#pragma once
// The model and the findings as JSON for BI tools.
#include <string>

#include "src/check/rule.hpp"
#include "src/model/document.hpp"
#include "src/report/report.hpp"

namespace mk::report {

// The report as JSON: metadata, goals, activities with their statuses and latest status, the
// summary per goal, and the findings; keys in a fixed order, two-space indentation, a final line
// break. The same input gives the same bytes.
std::string write_report_json(const model::document& doc, const check::findings& found, const report_options& options);

}  // namespace mk::report
