#pragma once
// The small WordprocessingML elements every part writer uses.
#include <string_view>

#include "src/core/xml_writer.hpp"

namespace mk::docx {

// Opens the root element name of a WordprocessingML part, declaring the w: and r: namespaces.
void start_part_root(xml_writer& out, std::string_view name);
// Writes <name w:val="value"/>.
void write_value_element(xml_writer& out, std::string_view name, std::string_view value);
// Writes <name/> (an on/off property that is on).
void write_empty_element(xml_writer& out, std::string_view name);

}  // namespace mk::docx
