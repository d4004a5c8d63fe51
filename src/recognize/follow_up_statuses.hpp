#pragma once
// The status cells of a follow-up's activity rows, read once the whole file (and so its legends)
// is known, and the years the activities report on.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/model/document.hpp"
#include "src/recognize/comment_columns.hpp"
#include "src/recognize/status_reading.hpp"

namespace mk::recognize {

// A status column of a follow-up table.
struct status_column {
    model::checkpoint checkpoint = model::checkpoint::report;
    // The header, spaces squeezed.
    std::string label;
    std::uint32_t col = 0;
    // The year at the end of the header ("Status 2023"), if any.
    std::optional<int> year;
};

// A follow-up table: its sheet, its status columns in checkpoint order and its comment columns.
struct status_table {
    // The file and sheet it is on.
    model::source_ref sheet_place;
    std::vector<status_column> columns;
    std::vector<comment_column> comments;
};

// One status cell as the sheet holds it.
struct status_cell {
    // The text as written; empty for an empty cell.
    std::string text;
    // Its fill as RRGGBB (a view into the sheet's fills, which outlive the reading); empty for
    // none, and for a fill the row's activity cell has too (the row's formatting, such as banding,
    // is no status).
    std::string_view fill;
};

// An activity row's status cells, one per status column of its table, and its comments.
struct status_row {
    // The activity's index in the document.
    std::size_t activity = 0;
    // The row's table: an index into the tables of the file, in reading order.
    std::size_t table = 0;
    std::uint32_t row = 0;
    std::vector<status_cell> cells;
    // The texts of its table's comment columns in sheet order, up to the last that is not empty.
    std::vector<std::string> comments;
};

// How the statuses of a file were decided, for the import summary.
struct status_tally {
    // By a traffic light (word or fill) given DOMAIN.md's assumed meaning.
    int assumed = 0;
    // By a legend on a sheet, and by the user's mapping.
    int by_legend = 0;
    int by_mapping = 0;
    // Status cells left empty in a column other rows of their table fill.
    int missing = 0;
};

// Reads every row's status cells with the definitions (the user's mapping first, then the file's
// legends) and gives each activity its status reports, placed on their tables' sheets: one per cell that says
// something (a word, a symbol, a fill), and one without a word at each empty cell of a column that
// another row of the same table fills. A fill that the column has behind words of different
// meanings is its formatting (input cells of a template, say), and says nothing behind a symbol or
// an empty cell. A comment goes to the report of the status column its column speaks of (made for
// it when the status cell says nothing); one of no status column goes to the latest report with a
// word, else the latest report; when the row has none, to a new report of its table's latest
// status column (or of no column when the table has none) placed at the comment's cell.
// Splits each activity of a table whose status columns name two or more years ("Status 2023 |
// Status 2024", years side by side) into one activity per year it has a report in, each with that
// year and the reports of its columns: the years are kept apart, as tables of two years are. The
// activity of its latest such year keeps the row's fields and indicators (outcomes carry their own
// years); a report of no year-named column goes with the table's latest year; an activity with no
// report stays as it is. Activities keep their order, the earlier years' first; they are numbered
// again. rows and tables are add_status_reports's.
void split_years_side_by_side(const std::vector<status_row>& rows, const std::vector<status_table>& tables,
                              model::document& doc);

// The activities of doc, read from file, keep their year only when the file holds several (each
// year then an assumption of the file); one year of all its rows (a sheet named "Uppföljning
// 2024") is the file's when its title block and headers named none.
void settle_years(model::document& doc, const std::string& file);

status_tally add_status_reports(const std::vector<status_row>& rows, const std::vector<status_table>& tables,
                                model::document& doc, std::span<const status_definitions* const> definitions);

}  // namespace mk::recognize
