#pragma once
// Which table styles hide their sheet (style:table-properties table:display="false").
#include <string>
#include <unordered_set>
#include <vector>

#include <pugixml.hpp>

namespace mk::ods {

// Names of the table-family styles declared in the office:automatic-styles and office:styles of
// the given document roots (content.xml, styles.xml) that hide their table.
std::unordered_set<std::string> hidden_table_styles(const std::vector<pugi::xml_node>& roots);

}  // namespace mk::ods
