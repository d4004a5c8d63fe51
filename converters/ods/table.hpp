#pragma once
// One table:table of an .ods spreadsheet into a workbook sheet, with the repeat attributes of rows
// and cells expanded under a budget.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "converters/ods/cell_value.hpp"
#include "converters/ods/styles.hpp"
#include "converters/package/xml_stream.hpp"
#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"

namespace mk::ods {

// What a whole workbook may expand to: repeats are counts the file claims, not bytes it holds.
class expansion_budget {
public:
    // Most cells, merged ranges and hidden rows or columns produced in one workbook.
    static constexpr std::uint64_t max_items = 2'000'000;
    // Most bytes of cell text produced in one workbook.
    static constexpr std::uint64_t max_text_bytes = 256ull << 20;

    // Accounts for `copies` items of text_bytes each; throws mk::error "ods.too_many_cells" naming
    // sheet when the workbook goes over a limit.
    void spend(std::uint64_t copies, std::uint64_t text_bytes, std::string_view sheet);

private:
    std::uint64_t items_ = 0;
    std::uint64_t text_bytes_ = 0;
};

// Reads one table:table into a sheet from the elements content.xml holds for it, in document
// order: its columns (table:table-column), then its rows (table:table-row) and their cells. Empty
// cells and empty repeats produce nothing. Throws mk::error naming the sheet and cell when a
// non-empty cell lies beyond max_rows/max_cols, a count or value is malformed or the budget runs out.
// With a visitor, the sheet's cells go to it row by row instead, its merges once the table ends.
class table_reader {
public:
    // A sheet named name (table:name), hidden when styles say its table style (table:style-name)
    // hides it; begun at once with the visitor, when there is one.
    table_reader(std::string name, std::string_view table_style, const style_facts& styles, expansion_budget& budget,
                 sheet_visitor* visitor = nullptr);
    table_reader(const table_reader&) = delete;
    table_reader& operator=(const table_reader&) = delete;

    // A table:table-column with these attributes.
    void read_column(std::span<const xml_attribute_event> attributes);
    // A table:table-row with these attributes starts.
    void start_row(std::span<const xml_attribute_event> attributes);
    // A cell of the row starts (covered: a table:covered-table-cell); true when its value is its
    // text, which end_cell is then to be given.
    bool start_cell(std::span<const xml_attribute_event> attributes, bool covered);
    // The cell ends; text is its text when start_cell asked for it.
    void end_cell(std::string text);
    // The row ends: its cells are placed as many times as it repeats.
    void end_row();
    // The table has ended: the sheet, with the hidden rows and columns up to the last one holding
    // a cell or merge, sorted; with a visitor, its merges are given and the sheet ended, and the
    // sheet returned holds no cells.
    sheet finish();

private:
    // Rows (or columns) hidden from first on, as many as the file claims.
    struct hidden_run {
        std::uint64_t first = 0;
        std::uint64_t count = 0;
    };
    // A colour band: columns first to first + count - 1 of the rows being read.
    struct fill_run {
        std::uint64_t first = 0;
        std::uint64_t count = 0;
        std::string rgb;
    };

    void collect_fills(std::span<const xml_attribute_event> attributes, std::uint64_t col, std::uint64_t repeat);
    void add_fills(std::uint64_t repeat);
    void add_hidden(const std::vector<hidden_run>& runs, std::optional<std::uint64_t> last,
                    std::vector<std::uint32_t>& out);

    sheet sheet_;
    const style_facts& styles_;
    expansion_budget& budget_;
    sheet_visitor* visitor_;
    // The last row and column that hold a cell so far.
    std::optional<std::uint64_t> last_cell_row_;
    std::optional<std::uint64_t> last_cell_col_;
    std::uint64_t row_ = 0;
    std::uint64_t column_ = 0;
    std::vector<hidden_run> hidden_rows_;
    std::vector<hidden_run> hidden_cols_;
    // Columns whose default cell style has a fill, and the fills of the row being read.
    std::vector<fill_run> column_fills_;
    std::vector<fill_run> row_fills_;
    // The row being read: its repeat count and default cell style, the next column, and one
    // instance of its cells and merges (merges hold their row span in last_row, 0 = one row).
    std::uint64_t row_repeat_ = 1;
    std::string row_style_;
    std::uint64_t col_ = 0;
    std::vector<cell> cells_;
    std::vector<cell_range> merges_;
    std::uint64_t text_bytes_ = 0;
    // The cell being read: its repeat and span counts and what its start tag gave of its value.
    std::uint64_t cell_repeat_ = 1;
    std::uint64_t row_span_ = 1;
    std::uint64_t col_span_ = 1;
    bool covered_ = false;
    value_start value_;
};

}  // namespace mk::ods
