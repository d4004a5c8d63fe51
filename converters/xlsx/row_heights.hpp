#pragma once
// Row heights for wrapped text: neither Excel nor LibreOffice fits a row to its text on opening,
// so the writer estimates the lines each wrapped cell needs.
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "src/container/workbook.hpp"

namespace mk::xlsx {

// Height of one line of the default font (Calibri 11), in points.
inline constexpr double line_height = 15;

class row_heights {
public:
    // For the cells of s, with looks from styles.
    row_heights(const sheet& s, const std::vector<cell_style>& styles);

    // The height in points the row holding cells needs for its wrapped text; 0 when one line does.
    double height(std::span<const cell> cells) const;

private:
    // Lines text needs in a column `width` characters wide.
    static std::size_t lines(std::string_view text, double width);
    double width(std::uint32_t first_col, std::uint32_t last_col) const;

    const sheet& sheet_;
    const std::vector<cell_style>& styles_;
    // Merged ranges by their top-left cell (row << 32 | col).
    std::unordered_map<std::uint64_t, const cell_range*> merges_;
};

}  // namespace mk::xlsx
