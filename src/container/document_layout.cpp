#include "src/container/document_layout.hpp"

#include <algorithm>

namespace mk {
namespace {

void collect_styles(const std::vector<block>& blocks, std::vector<std::string>& out) {
    for (const block& b : blocks) {
        if (b.kind != block_kind::table) {
            add_distinct(out, paragraph_style_of(b));
            continue;
        }
        for (const table_row& row : b.rows)
            for (const table_cell& cell : row.cells) collect_styles(cell.blocks, out);
    }
}

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

}  // namespace

std::string paragraph_style_of(const block& b) {
    if (b.kind == block_kind::heading) return "Heading " + std::to_string(heading_level_of(b));
    if (!b.style.empty()) return b.style;
    if (b.kind == block_kind::list_item) return b.numbered ? "List Number" : "List Bullet";
    if (b.kind == block_kind::figure) return "Caption";
    return "Normal";
}

std::uint32_t heading_level_of(const block& b) { return std::clamp<std::uint32_t>(b.level, 1, 9); }

std::uint32_t list_level_of(const block& b) { return std::min<std::uint32_t>(b.level, 8); }

std::string shown_text_of(const block& b) {
    if (b.kind != block_kind::heading || b.number.empty()) return b.text;
    return b.number + " " + b.text;
}

std::vector<std::string> paragraph_styles_used(const document& doc) {
    std::vector<std::string> out;
    collect_styles(doc.blocks, out);
    return out;
}

bool is_rgb_colour(std::string_view colour) {
    return colour.size() == 6 && std::all_of(colour.begin(), colour.end(), is_hex_digit);
}

std::vector<std::vector<grid_place>> table_layout(const block& table) {
    std::size_t rows = table.rows.size();
    std::size_t columns = table.column_count();
    std::vector<std::vector<grid_place>> out(rows, std::vector<grid_place>(columns));
    auto is_covered = [&](std::size_t r, std::size_t c) {
        return c < table.rows[r].cells.size() && table.rows[r].cells[c].covered;
    };
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c) out[r][c].covered = is_covered(r, c);
    auto claimable = [&](std::size_t r, std::size_t c) { return out[r][c].covered && !out[r][c].owned; };
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            grid_place& place = out[r][c];
            if (place.covered || c >= table.rows[r].cells.size()) continue;
            const table_cell& cell = table.rows[r].cells[c];
            std::size_t width = 1;
            while (width < cell.col_span && c + width < columns && claimable(r, c + width)) ++width;
            std::size_t height = 1;
            auto row_claimable = [&](std::size_t row) {
                for (std::size_t x = c; x < c + width; ++x)
                    if (!claimable(row, x)) return false;
                return true;
            };
            while (height < cell.row_span && r + height < rows && row_claimable(r + height)) ++height;
            place.col_span = static_cast<std::uint32_t>(width);
            place.row_span = static_cast<std::uint32_t>(height);
            for (std::size_t y = r; y < r + height; ++y) {
                for (std::size_t x = c; x < c + width; ++x) {
                    if (y == r && x == c) continue;
                    out[y][x].owned = true;
                    out[y][x].owner_row = r;
                    out[y][x].owner_col = c;
                }
            }
        }
    }
    return out;
}

}  // namespace mk
