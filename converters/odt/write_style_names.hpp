#pragma once
// ODF style names (NCNames) for display names, as LibreOffice writes them ("Heading 1" → "Heading_20_1").
#include <string>
#include <string_view>

namespace mk::odt {

// The style:name of the paragraph style shown as display_name; "Normal" is LibreOffice's "Standard".
std::string paragraph_style_name(std::string_view display_name);

// The automatic cell style for a shading (RRGGBB in upper case; empty for none).
std::string cell_style_name(std::string_view shading);

// The automatic text style for a span that is bold, yellow or both.
std::string_view span_style_name(bool bold, bool yellow);

}  // namespace mk::odt
