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
    // Which of an activity's reports of this checkpoint and label, from 0: a source with two "Status
    // delår 1" columns gives each activity two reports of one label, and the report two columns.
    std::size_t nth = 0;
};

// The distinct (checkpoint, label, nth) of the status reports that have a word, in checkpoint order,
// then nth, then in order of first use.
std::vector<status_column> status_columns(const model::document& doc);

// Whether reports[i], of an activity's reports, is of column: its checkpoint, label and nth.
bool is_of(const status_column& column, const std::vector<model::status_report>& reports, std::size_t i);

// The index of the column reports[i] belongs to; nullopt for a report with no word.
std::optional<std::size_t> column_of(const std::vector<status_column>& columns,
                                     const std::vector<model::status_report>& reports, std::size_t i);

}  // namespace mk::report
