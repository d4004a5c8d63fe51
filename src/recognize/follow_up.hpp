#pragma once
// Follow-up spreadsheets (uppföljning) → goals, activities and status reports.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/core/message.hpp"
#include "src/model/document.hpp"
#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/follow_up_statuses.hpp"
#include "src/recognize/status_legend.hpp"

namespace mk::recognize {

// Why a row of a sheet gave no activity.
enum class skip_reason : std::uint8_t {
    title,            // the title block above the first table
    section,          // a perspective row ("Samhälle") above or between tables
    repeated_header,  // a header repeated after a page break
    empty,            // no text in the table's columns
    footnote,         // text below the last table ("* Status delår:")
    goal_only,        // a goal with no activity on its row
    legend,           // a legend of the status words ("Grön = Genomfört"), outside the tables
    totals,           // a row of totals under a table ("Summa | 1335,5 | 2 klara")
};

struct skipped_row {
    std::string sheet;
    std::uint32_t row = 0;  // 0-based
    // The column of the row's first cell in its table's part of the sheet (0 for a row with none):
    // G for a row of the second of two tables side by side in A–E and G–K.
    std::uint32_t col = 0;
    skip_reason reason = skip_reason::empty;
    // The first non-empty text of the row, for --verbose.
    std::string text;
};

// Where a skipped row is, by its first cell: "Uppföljning!G3".
std::string place_of(const skipped_row& s);

struct follow_up {
    model::document doc;
    std::vector<skipped_row> skipped;
    // Where every non-empty cell of the file went.
    cell_accounting cells;
    // The legends found on the file's sheets, and how its statuses were decided.
    std::vector<status_legend> legends;
    status_tally statuses;
};

// Where the unit of each row comes from (--enhet): found by itself (a unit column, else the
// sheets' names when each sheet is named like a unit), the file's name (set by the caller), the
// sheet's name, or the column with this header.
struct unit_rule {
    enum class source : std::uint8_t { automatic, file, sheet, column } from = source::automatic;
    // The header of the unit column, for source::column.
    std::string column;
};

// The reason in the current language ("tom rad").
std::string describe(skip_reason reason);

// Finds every follow-up table of the workbook (by its header texts, on any sheet, at any row, in
// any column order) and reads its goals, activities and statuses, with file_name in provenance.
// Statuses are read by the user's mapping (nullptr: none), then the legends on the file's sheets
// (outside the tables, or on sheets without a table), then the built-in vocabulary (see
// follow_up_statuses.hpp). Units as units says. Throws mk::error naming the headers looked for and
// the sheets searched when there is none, and when units names a column no table has. The book's
// cells are let go once read, before the status reports are made.
follow_up recognise_follow_up(workbook book, const std::string& file_name, const status_definitions* mapping = nullptr,
                              const unit_rule& units = {});

}  // namespace mk::recognize
