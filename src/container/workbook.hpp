#pragma once
// The neutral workbook container: what every spreadsheet reader produces and every writer consumes.
// Rows and columns are 0-based here; "A1" is row 0, column 0.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mk {

// Largest sheet any supported format allows (Excel's XFD1048576).
inline constexpr std::uint32_t max_rows = 1048576;
inline constexpr std::uint32_t max_cols = 16384;

enum class cell_type : std::uint8_t { string, number, boolean, date, error };

struct cell {
    std::uint32_t row = 0;
    std::uint32_t col = 0;
    cell_type type = cell_type::string;
    // string: the text, line breaks kept as '\n'; date: ISO 8601 ("2019-03-31" or
    // "2019-03-31T14:30:00"), or a time alone in hours, minutes and seconds: a time of day
    // ("14:30:00") or a duration ("37:30:00", "-01:30:00"; see clock_text in iso_moment.hpp);
    // error: as written ("#N/A"). Empty for number and boolean.
    std::string text;
    // number: the value; boolean: 0 or 1; date: the serial it came from (a time: its length in
    // days), when it had one.
    double number = 0;
    // Index into workbook::styles; 0 is the default look. Readers leave it 0.
    std::uint16_t style = 0;
    // Readers: a number shown as a percentage (a percent number format in .xlsx, an ODF percentage
    // value), 0.85 for "85 %".
    bool percent = false;
};

// What one cell a reader makes costs the memory budget (src/core/memory_budget.hpp): the cell,
// room for its vector to double, and its text.
inline std::uint64_t cell_memory(const cell& c) { return 2 * sizeof(cell) + c.text.size(); }

// How a cell looks, for writers. Readers do not fill styles.
struct cell_style {
    bool bold = false;
    bool wrap = false;
    // Thin borders on all four sides.
    bool border = false;
    // Solid fill colour as RRGGBB ("C6EFCE"); empty for none.
    std::string fill;
    // A number shown as a percentage: 0.92 as "92 %" (see percent_text), with percent_decimals
    // decimals (0.925 with 1 as "92,5 %"; more than max_percent_decimals show that many).
    bool percent = false;
    std::uint8_t percent_decimals = 0;
    bool operator==(const cell_style&) const = default;
};

// The most decimals a percentage shows, in every writer: 2, "99,99 %".
inline constexpr std::uint8_t max_percent_decimals = 2;

// The decimals (0 to max_percent_decimals) a number of look style shows as a percentage.
inline std::uint8_t shown_percent_decimals(const cell_style& style) {
    return style.percent_decimals < max_percent_decimals ? style.percent_decimals : max_percent_decimals;
}

// What a number shown as a percentage with decimals decimals (0 to max_percent_decimals) shows: 0.92
// as "92 %", 0.925 with 1 as "92,5 %" (a decimal comma, as Swedish text writes it); half of the last
// place rounded away from zero.
std::string percent_text(double fraction, std::uint8_t decimals = 0);

// The decimals (0 to max_percent_decimals) a percentage needs to show fraction to a hundredth of a
// percent: 0 for 0.92, 1 for 0.925, 2 for 0.9999.
std::uint8_t percent_decimals(double fraction);

// A rectangular range, inclusive on both ends.
struct cell_range {
    std::uint32_t first_row = 0;
    std::uint32_t first_col = 0;
    std::uint32_t last_row = 0;
    std::uint32_t last_col = 0;
    bool operator==(const cell_range&) const = default;
};

enum class sheet_visibility : std::uint8_t { visible, hidden, very_hidden };

// A solid background colour over a range of cells, as a reader found it.
struct fill_range {
    cell_range range;
    // RRGGBB, upper case ("FF0000").
    std::string rgb;
    bool operator==(const fill_range&) const = default;
};

// Writers: how a sheet prints. The default is the office program's (portrait, 100 %).
struct print_setup {
    // Landscape, scaled down to the page's width (as many pages down as it takes).
    bool landscape_fit_to_width = false;
    // A row printed at the top of every page (the table's header), if any.
    std::optional<std::uint32_t> repeated_row;
    bool operator==(const print_setup&) const = default;
};

struct sheet {
    std::string name;
    sheet_visibility visibility = sheet_visibility::visible;
    // Non-empty cells, sorted by (row, col) with no duplicates once finish() has run.
    std::vector<cell> cells;
    std::vector<cell_range> merges;
    // Sorted, unique 0-based indices.
    std::vector<std::uint32_t> hidden_rows;
    std::vector<std::uint32_t> hidden_cols;
    // Readers: the solid background colours of cells, empty cells included, as bands of rows:
    // fills that start on the same row end on the same row, and bands do not overlap (a reader
    // gives one cell each from .xlsx, a repeated row of repeated cells from .ods). Writers use
    // cell::style instead.
    std::vector<fill_range> fills;
    // Writers: column widths in characters by 0-based column (0 or missing: the default width).
    std::vector<double> column_widths;
    // Writers: rows frozen at the top (the header stays visible when scrolling); 0 for none.
    std::uint32_t frozen_rows = 0;
    // Writers: the range an autofilter covers, if any.
    std::optional<cell_range> autofilter;
    // Writers: how the sheet prints.
    print_setup print;

    // The cell at (row, col), or nullptr when it is empty; requires finish() to have run.
    const cell* find(std::uint32_t row, std::uint32_t col) const;
    // The fill colour at (row, col) as RRGGBB, or empty when it has none; requires finish().
    std::string_view fill_at(std::uint32_t row, std::uint32_t col) const;
    // Sorts cells, fills and hidden indices; a later cell (or fill) at the same place replaces an
    // earlier one.
    void finish();
};

// Document properties written into the package (no "now": outputs are deterministic).
struct workbook_properties {
    std::string title;
    std::string subject;
    std::string creator;
    // ISO 8601 date or date-time; empty for none.
    std::string created;
};

struct workbook {
    std::vector<sheet> sheets;
    // Writers: styles[0] is the default look; cell::style indexes this list.
    std::vector<cell_style> styles{cell_style{}};
    workbook_properties properties;

    // The index of style, added when not yet in the list.
    std::uint16_t style_index(const cell_style& style);
};

// Parses an A1-style reference ("B3", "xfd1048576"); nullopt when malformed or out of range. Inline:
// a reader calls it for every cell, and an optional returned from another unit is built in memory
// and read back at once, which stalls the processor.
inline std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_a1(std::string_view ref) {
    std::size_t i = 0;
    std::uint64_t col = 0;
    if (i < ref.size() && ref[i] == '$') ++i;
    std::size_t letters = 0;
    while (i < ref.size() && letters < 4) {
        char ch = ref[i];
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        if (ch < 'A' || ch > 'Z') break;
        col = col * 26 + static_cast<std::uint64_t>(ch - 'A' + 1);
        ++i;
        ++letters;
    }
    if (letters == 0 || col > max_cols) return std::nullopt;
    if (i < ref.size() && ref[i] == '$') ++i;
    std::uint64_t row = 0;
    std::size_t digits = 0;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && digits < 8) {
        row = row * 10 + static_cast<std::uint64_t>(ref[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || i != ref.size() || row == 0 || row > max_rows) return std::nullopt;
    return std::pair{static_cast<std::uint32_t>(row - 1), static_cast<std::uint32_t>(col - 1)};
}

// Parses "A1:B3" (or a single cell "A1"); nullopt when malformed or out of range.
std::optional<cell_range> parse_range(std::string_view ref);
// Column letters for a 0-based column: 0 -> "A", 16383 -> "XFD".
std::string column_name(std::uint32_t col);
// "B3" for row 2, column 1.
std::string format_a1(std::uint32_t row, std::uint32_t col);
// Appends format_a1(row, col) to out.
void append_a1(std::string& out, std::uint32_t row, std::uint32_t col);
// "A1:B3"; a single-cell range gives "A1:A1".
std::string format_range(const cell_range& range);

}  // namespace mk
