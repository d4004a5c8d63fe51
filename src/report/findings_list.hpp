#pragma once
// The findings as a list for machines (`check --format json|csv`): rule, severity, file, location,
// message and suggestion of each.
#include <string>

#include "src/check/rule.hpp"
#include "src/container/workbook.hpp"

namespace mk::report {

// {"findings": [{"rule", "severity", "file", "location", "message", "suggestion"}]}, two-space
// indentation, no final line break.
std::string findings_json(const check::findings& found);

// One sheet "findings": a header row (rule, severity, file, location, message, suggestion), then one
// row of texts per finding.
workbook findings_workbook(const check::findings& found);

}  // namespace mk::report
