#pragma once
// Where every non-empty cell of a follow-up spreadsheet went: used, kept, metadata or skipped.
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/model/document.hpp"
#include "src/recognize/columns.hpp"

namespace mk::recognize {

// Why a non-empty cell was not taken into the model.
enum class skip_cause : std::uint8_t {
    outside_table,    // in a table's row, but in no column of the table (no header above it)
    repeated_header,  // a header repeated after a page break
    no_table,         // on a sheet with no follow-up table, and no legend
    goal_row_value,   // on a row with a goal and no activity, in a column only activities have
};

// One cell passed over, with its place, for --verbose.
struct skipped_cell {
    std::string sheet;
    std::uint32_t row = 0;  // 0-based
    std::uint32_t col = 0;  // 0-based
    skip_cause cause = skip_cause::outside_table;
    // The cell's text, as the sheet shows it.
    std::string text;
};

// The cells of one file by what became of them; the four counts add up to its non-empty cells.
struct cell_accounting {
    std::string file;
    // Mapped to a field of the model (headers of recognised columns, goals, activities, statuses…).
    std::size_t used = 0;
    // Values and headers of unrecognised columns, kept as extra fields of their rows.
    std::size_t kept = 0;
    // Title block, perspective rows, legends and footnotes: kept in the metadata, the goals'
    // perspective or the document's notes.
    std::size_t metadata = 0;
    std::vector<skipped_cell> skipped;

    std::size_t total() const { return used + kept + metadata + skipped.size(); }
};

// What the follow-up reader found on one sheet, for accounting its cells.
struct sheet_layout {
    // A row of a table: its header, or a data row (with or without an activity).
    struct table_row {
        std::size_t table = 0;
        bool header = false;
        bool activity = false;
    };
    // Each table's columns, recognised and extra.
    std::vector<std::vector<column>> tables;
    std::map<std::uint32_t, table_row> table_rows;
    // Rows whose text (in the column mapped to) became the perspective of the goals below; their
    // other cells stand beside the table.
    std::map<std::uint32_t, std::uint32_t> perspective_rows;
    // Rows (or the part of a table's row right of it) that are a legend of the status words.
    std::set<std::uint32_t> legend_rows;
    // The other rows outside the tables (title block, footnotes, texts between tables): kept as
    // notes, and the repeated headers.
    std::set<std::uint32_t> note_rows;
    // Rows of the title block that the metadata holds (the title, "Diarienummer | GAN-2019/10.603").
    std::set<std::uint32_t> metadata_rows;
    std::set<std::uint32_t> repeated_header_rows;
    bool has_table = false;
};

// The non-empty cells of s by what layout says of their rows and columns, added to out; each note
// row becomes a note of the document, its cells joined by " | " (file names its source).
void account_sheet(const sheet& s, const sheet_layout& layout, const model::shared_name& file, cell_accounting& out,
                   std::vector<model::statement>& notes);

// Whether c holds a value: any number, date, boolean or error, or text that is not blank.
bool is_filled(const cell& c);

// The text a cell shows for messages and notes ("0.85", "TRUE", "2019-03-31").
std::string shown_text(const cell& c);

// The same as a view: of c's own text, or of room, where a number's text is made.
std::string_view shown_text(const cell& c, std::string& room);

// The cause in the current language ("utanför tabellen").
std::string describe(skip_cause cause);

}  // namespace mk::recognize
