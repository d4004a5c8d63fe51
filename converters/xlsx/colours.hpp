#pragma once
// SpreadsheetML colours (<fgColor rgb|theme+tint|indexed>) resolved to RRGGBB.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace mk::xlsx {

// What a colour element may refer to: the theme's colour scheme and the indexed palette.
struct palette {
    // The theme colours as a colour element's theme index names them: 0 lt1 (Background 1), 1 dk1
    // (Text 1), 2 lt2, 3 dk2, 4-9 accent1-6, 10 hlink, 11 folHlink; empty when the workbook has
    // no theme.
    std::vector<std::string> theme;
    // The 64 indexed colours: the legacy default palette, or the workbook's own <indexedColors>.
    std::vector<std::string> indexed;
};

// The legacy palette's colour at index (0–63) as RRGGBB, the one an .xls file's palette starts from too.
std::string_view default_indexed_colour(std::size_t index);

// The colour scheme of a theme part's root (<a:theme>), in the order of palette::theme; empty when
// it has none.
std::vector<std::string> read_theme_colours(pugi::xml_node theme);

// The indexed palette of a styleSheet root: its <colors><indexedColors>, else the default one.
std::vector<std::string> read_indexed_colours(pugi::xml_node style_sheet);

// The RRGGBB of a colour element (<fgColor rgb="FFFF0000"/>, theme="9" tint="0.39997...",
// indexed="10"), tint applied as Excel does (to the lightness); nullopt for auto, the system colours
// and references the palette does not have.
std::optional<std::string> resolve_colour(pugi::xml_node colour, const palette& colours);

// RRGGBB with its lightness changed by tint in [-1, 1]: darker towards black below 0, lighter
// towards white above.
std::string apply_tint(const std::string& rrggbb, double tint);

}  // namespace mk::xlsx
