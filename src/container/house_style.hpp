#pragma once
// The look of the documents malkedja writes (reports, the meeting papers), the same in .docx and
// .odt: sizes in points, colours as RRGGBB. Each writer turns it into its own units.
#include <string_view>

namespace mk {

// What a paragraph style sets beyond its name.
struct paragraph_look {
    // 0 for none; otherwise the heading level, 1 to 9.
    int heading_level = 0;
    // Font size in points; 0 to inherit.
    int size = 0;
    bool bold = false;
    bool italic = false;
    // RRGGBB in upper case; empty to inherit.
    std::string_view colour;
    // Space before and after in points; both 0 to inherit.
    int space_before = 0;
    int space_after = 0;
};

// Body text: its size and the space after each paragraph, in points.
inline constexpr int body_text_size = 11;
inline constexpr int body_space_after = 6;

// The width of a table, the page's width within its margins (17 cm), in points.
inline constexpr double table_width_points = 481.9;
// What a table cell's padding and borders take of its width, in points.
inline constexpr double cell_padding_points = 12;

// The width text takes in the house fonts (Calibri, Liberation Sans) at size points, estimated
// from its characters so that it is not less than the real width; bold is a little wider.
double text_width_points(std::string_view text, int size, bool bold);

// The look of the paragraph style with this display name ("Heading 2", "Title", "Caption"); the
// default look (inherit everything) for body text and unknown names.
paragraph_look house_look(std::string_view style_name);

}  // namespace mk
