#pragma once
// The status columns of the report: one per checkpoint as the sources label it.
#include <optional>
#include <string>
#include <vector>

#include "src/model/document.hpp"

namespace mk::report {

struct status_column {
    model::checkpoint checkpoint = model::checkpoint::report;
    // The label the reports carry ("Status delår1*").
    std::string label;
    // The column's header: the label when the importer reads it as this checkpoint's status column,
    // else a plain one ("Status delår 2").
    std::string header;
};

// The distinct (checkpoint, label) pairs of the status reports that have a word, in checkpoint order,
// then in order of first use.
std::vector<status_column> status_columns(const model::document& doc);

// The index of the column report belongs to; nullopt for a report with no word.
std::optional<std::size_t> column_of(const std::vector<status_column>& columns, const model::status_report& report);

}  // namespace mk::report
