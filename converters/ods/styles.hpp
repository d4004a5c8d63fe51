#pragma once
// What the styles of content.xml and styles.xml tell the reader about sheets and cells.
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <pugixml.hpp>

namespace mk::ods {

struct style_facts {
    // Table styles that hide their sheet (style:table-properties table:display="false").
    std::unordered_set<std::string> hidden_tables;
    // Cell styles whose data style shows a time of day (number:hours, number:minutes or
    // number:seconds), so that their dates are date-times even at midnight.
    std::unordered_set<std::string> time_cells;
    // Cell styles whose data style is a time of day that wraps at midnight (a number:time-style
    // without number:truncate-on-overflow="false"): "12:00:00" for 36 hours.
    std::unordered_set<std::string> clock_cells;
    // Cell styles with a background colour (fo:background-color of style:table-cell-properties,
    // their own or their parent style's), as RRGGBB.
    std::unordered_map<std::string, std::string> cell_fills;
};

// The facts from the office:automatic-styles and office:styles of the given document roots
// (content.xml, styles.xml).
style_facts read_style_facts(const std::vector<pugi::xml_node>& roots);

}  // namespace mk::ods
