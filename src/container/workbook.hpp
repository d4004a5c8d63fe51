#pragma once
// The neutral workbook container: what every spreadsheet reader produces and every writer consumes.
// Rows and columns are 0-based here; "A1" is row 0, column 0.
#include <cstdint>
#include <optional>
#include <string>
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
    // "2019-03-31T14:30:00"); error: as written ("#N/A"). Empty for number and boolean.
    std::string text;
    // number: the value; boolean: 0 or 1; date: the serial it came from, when it had one.
    double number = 0;
};

// A rectangular range, inclusive on both ends.
struct cell_range {
    std::uint32_t first_row = 0;
    std::uint32_t first_col = 0;
    std::uint32_t last_row = 0;
    std::uint32_t last_col = 0;
    bool operator==(const cell_range&) const = default;
};

enum class sheet_visibility : std::uint8_t { visible, hidden, very_hidden };

struct sheet {
    std::string name;
    sheet_visibility visibility = sheet_visibility::visible;
    // Non-empty cells, sorted by (row, col) with no duplicates once finish() has run.
    std::vector<cell> cells;
    std::vector<cell_range> merges;
    // Sorted, unique 0-based indices.
    std::vector<std::uint32_t> hidden_rows;
    std::vector<std::uint32_t> hidden_cols;

    // The cell at (row, col), or nullptr when it is empty; requires finish() to have run.
    const cell* find(std::uint32_t row, std::uint32_t col) const;
    // Sorts cells and hidden indices; a later cell at the same place replaces an earlier one.
    void finish();
};

struct workbook {
    std::vector<sheet> sheets;
};

// Parses an A1-style reference ("B3", "xfd1048576"); nullopt when malformed or out of range.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_a1(std::string_view ref);
// Parses "A1:B3" (or a single cell "A1"); nullopt when malformed or out of range.
std::optional<cell_range> parse_range(std::string_view ref);
// Column letters for a 0-based column: 0 -> "A", 16383 -> "XFD".
std::string column_name(std::uint32_t col);
// "B3" for row 2, column 1.
std::string format_a1(std::uint32_t row, std::uint32_t col);
// "A1:B3"; a single-cell range gives "A1:A1".
std::string format_range(const cell_range& range);

}  // namespace mk
