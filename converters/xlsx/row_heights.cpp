#include "converters/xlsx/row_heights.hpp"

#include <algorithm>
#include <cmath>

#include "src/text/utf8.hpp"

namespace mk::xlsx {
namespace {

// Excel's default column width in characters.
constexpr double default_width = 8.43;

std::uint64_t key(std::uint32_t row, std::uint32_t col) { return std::uint64_t{row} << 32 | col; }

}  // namespace

row_heights::row_heights(const sheet& s, const std::vector<cell_style>& styles) : sheet_(s), styles_(styles) {
    for (const cell_range& m : s.merges) merges_.emplace(key(m.first_row, m.first_col), &m);
}

double row_heights::height(std::span<const cell> cells) const {
    std::size_t most = 1;
    for (const cell& c : cells) {
        if (!styles_[c.style].wrap || c.type != cell_type::string) continue;
        std::uint32_t last_col = c.col;
        if (auto merge = merges_.find(key(c.row, c.col)); merge != merges_.end()) {
            if (merge->second->last_row != c.row) continue;  // spread over rows: their heights add up
            last_col = merge->second->last_col;
        }
        most = std::max(most, lines(c.text, width(c.col, last_col)));
    }
    return most > 1 ? static_cast<double>(most) * line_height : 0;
}

std::size_t row_heights::lines(std::string_view text, double width) {
    // About one character of the default font per character of width, less a margin for word breaks.
    double per_line = std::max(1.0, std::floor(width) - 1);
    std::size_t total = 0;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
        auto characters = static_cast<double>(text::code_point_count(line));
        total += std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(characters / per_line)));
        if (end == std::string_view::npos) return total;
        start = end + 1;
    }
}

double row_heights::width(std::uint32_t first_col, std::uint32_t last_col) const {
    double total = 0;
    for (std::uint32_t col = first_col; col <= last_col; ++col) {
        double width = col < sheet_.column_widths.size() ? sheet_.column_widths[col] : 0;
        total += width > 0 ? width : default_width;
    }
    return total;
}

}  // namespace mk::xlsx
