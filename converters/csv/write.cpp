#include "converters/csv/write.hpp"

#include <csv.h>

#include "converters/csv/formula_guard.hpp"
#include "src/text/number_text.hpp"

namespace mk {
namespace {

constexpr char separator = ';';

void append_field(std::string& out, std::string_view field) {
    bool needs_quotes = field.find_first_of(";\"\r\n") != std::string_view::npos;
    if (!needs_quotes) {
        out += field;
        return;
    }
    std::string quoted(field.size() * 2 + 2, '\0');
    std::size_t n = csv_write2(quoted.data(), quoted.size(), field.data(), field.size(), '"');
    quoted.resize(n);
    out += quoted;
}

}  // namespace

std::string write_csv_rows(const std::vector<std::vector<std::string>>& rows) {
    std::string out = "\xEF\xBB\xBF";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out += separator;
            append_field(out, csv::guarded(row[i]));
        }
        out += "\r\n";
    }
    return out;
}

std::string write_csv(const sheet& s, const std::vector<cell_style>& styles) {
    std::uint32_t width = 0;
    for (const cell& c : s.cells) width = std::max(width, c.col + 1);
    std::string out = "\xEF\xBB\xBF";
    if (s.cells.empty()) return out;
    std::size_t next = 0;
    for (std::uint32_t row = s.cells.front().row; row <= s.cells.back().row; ++row) {
        for (std::uint32_t col = 0; col < width; ++col) {
            if (col) out += separator;
            if (next < s.cells.size() && s.cells[next].row == row && s.cells[next].col == col) {
                const cell& c = s.cells[next++];
                if (c.type == cell_type::number && c.style < styles.size() && styles[c.style].percent) {
                    out += percent_text(c.number, styles[c.style].percent_decimals);
                } else if (c.type == cell_type::number) {
                    out += text::number_text(c.number);
                } else if (c.type == cell_type::boolean) {
                    out += c.number != 0 ? "TRUE" : "FALSE";
                } else {
                    append_field(out, csv::guarded(c.text));
                }
            }
        }
        out += "\r\n";
    }
    return out;
}

std::string write_csv_workbook(const workbook& book) {
    return book.sheets.empty() ? std::string("\xEF\xBB\xBF") : write_csv(book.sheets.front(), book.styles);
}

}  // namespace mk
