#pragma once
// The comment columns of a follow-up table, each with the status column it speaks of, and a row's
// comments gathered by status column.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/activity.hpp"
#include "src/recognize/columns.hpp"

namespace mk::recognize {

// A comment column and the status column it speaks of.
struct comment_column {
    std::uint32_t col = 0;
    // An index into the table's status columns (checkpoint order); nullopt when the header names
    // none: the comment goes with the row's latest status.
    std::optional<std::size_t> status;
};

// The comment columns of a table (columns, in sheet order) and the status columns (status, in
// checkpoint order) they speak of: the one whose header names the same checkpoint and year
// ("Kommentar delår 1" and "Status delår 1", "Kommentar 2022" and "Status 2022"); when several
// comment columns name none and each comes after a status column of its own with no other comment
// column between, that one ("Status mars | Kommentar | Status juni | Kommentar"); else none.
std::vector<comment_column> comment_columns(const std::vector<column>& columns,
                                            const std::vector<const column*>& status);

// Adds text to comments, after an empty line when they are not empty.
void add_comment(std::string& comments, const std::string& text);

// A row's comments gathered by the status column they speak of.
struct row_comments {
    // One per status column: its comments, joined by an empty line; empty for none.
    std::vector<std::string> by_status;
    // The comments of no status column, joined by an empty line, and the column of the first.
    std::string rest;
    std::uint32_t rest_col = 0;
};

// Gathers texts (those of the comment columns of columns in order, up to the last that is not
// empty) for a table of status_count status columns.
row_comments gather_comments(const std::vector<std::string>& texts, const std::vector<comment_column>& columns,
                             std::size_t status_count);

// Adds a row's comments of no status column (rest, not empty) to the row's reports: to the one at
// latest_word (the latest with a status word), else to the last, else to own, a report of their own
// (the table's last status column at the first comment's cell), added.
void add_rest_comment(std::vector<model::status_report>& reports, std::optional<std::size_t> latest_word,
                      const std::string& rest, model::status_report own);

}  // namespace mk::recognize
