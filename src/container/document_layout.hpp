#pragma once
// What every text-document writer decides alike: paragraph styles, levels, table spans, shading.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"

namespace mk {

// The text before the page number in page footers.
inline constexpr std::string_view page_number_label = "Sida ";

// The display name of the paragraph style a writer uses for b (not a table): "Heading N" for a
// heading of level N, otherwise b's own style, or by default "Normal" for a paragraph, "List
// Bullet" or "List Number" for a list item and "Caption" for a figure.
std::string paragraph_style_of(const block& b);

// The heading level a writer uses for b: its level within 1 to 9.
std::uint32_t heading_level_of(const block& b);

// The list level a writer uses for b: its level within 0 to 8.
std::uint32_t list_level_of(const block& b);

// The text a writer shows for b: a heading's number, if any, and a space before its text.
std::string shown_text_of(const block& b);

// The distinct paragraph styles of the blocks of doc (table cells included), in the order first used.
std::vector<std::string> paragraph_styles_used(const document& doc);

// Whether colour is a shading writers write: six hexadecimal digits (RRGGBB).
bool is_rgb_colour(std::string_view colour);

// One grid position of a table as writers lay it out.
struct grid_place {
    // Whether a spanning cell covers the position.
    bool covered = false;
    // Not covered: the spans clipped to the grid and to the covered positions they claim.
    std::uint32_t col_span = 1;
    std::uint32_t row_span = 1;
    // Covered: whether a spanning cell claims it, and where that cell stands.
    bool owned = false;
    std::size_t owner_row = 0;
    std::size_t owner_col = 0;
};

// The places of a table's grid, row by row.
std::vector<std::vector<grid_place>> table_layout(const block& table);

}  // namespace mk
