#pragma once
// The unit and year filters of the page's goal tree.
#include <string>
#include <vector>

#include "src/model/document.hpp"
#include "src/serve/steps.hpp"

namespace mk::serve {

// The units doc's goals belong to, sorted, each once.
std::vector<std::string> units_of(const model::document& doc);

// The years of the report's files (each file's own year or läsår), sorted, each once.
std::vector<std::string> years_of(const tab_inputs& in);

// doc with only the goals and activities of unit and of the report files of year (empty: any),
// and the goals above them.
model::document filtered(const model::document& doc, const tab_inputs& in, const std::string& unit,
                         const std::string& year);

}  // namespace mk::serve
