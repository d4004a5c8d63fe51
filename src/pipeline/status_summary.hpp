#pragma once
// What the import summary says about statuses: how they were read (legends, the user's words,
// assumed lights) and the cells left empty.
#include <string>
#include <vector>

#include "src/pipeline/load.hpp"

namespace mk::pipeline {

// The counts of statuses at the latest checkpoint in the current language: "28 klar, 2 avviker,
// 3 saknas" (saknas: activities whose status cells are all empty); "0" for none.
std::string latest_status_counts(const model::document& doc);

// One line each, in the current language and without indentation: each legend used (file, sheet,
// rows, what it says, how many statuses it decided), the --statusord words, the statuses whose
// traffic light was given its assumed meaning, and the status cells left empty.
std::vector<std::string> status_notes(const loaded& result);

}  // namespace mk::pipeline
