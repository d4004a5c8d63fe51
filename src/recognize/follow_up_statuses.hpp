#pragma once
// The status cells of a follow-up's activity rows, read once the whole file (and so its legends)
// is known.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "src/model/document.hpp"
#include "src/recognize/status_reading.hpp"

namespace mk::recognize {

// One status cell of an activity row, as the sheet holds it.
struct status_cell {
    model::checkpoint checkpoint = model::checkpoint::report;
    // The column's header, spaces squeezed.
    std::string label;
    // The text as written; empty for an empty cell.
    std::string text;
    // Its fill as RRGGBB; empty for none, and for a fill the row's activity cell has too (the
    // row's formatting, such as banding, is no status).
    std::string fill;
    model::source_ref source;
};

// An activity row's status cells, one per status column of its table in checkpoint order, and
// its comment.
struct status_row {
    // The activity's index in the document.
    std::size_t activity = 0;
    // The table the row belongs to, numbered in reading order over the whole file.
    std::size_t table = 0;
    std::vector<status_cell> cells;
    std::string comment;
    model::source_ref comment_source;
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
// legends) and gives each activity its status reports: one per cell that says something (a word,
// a symbol, a fill), and one without a word at each empty cell of a column that another row of the
// same table fills. A fill that the column has behind words of different meanings is its
// formatting (input cells of a template, say), and says nothing behind a symbol or an empty cell. A comment goes to the latest report with a word, else the latest report; when
// the row has none, to a new report of its table's latest status column (or of no column when the
// table has none) placed at the comment's cell.
status_tally add_status_reports(const std::vector<status_row>& rows, model::document& doc,
                                std::span<const status_definitions* const> definitions);

}  // namespace mk::recognize
