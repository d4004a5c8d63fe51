#pragma once
// SmartArt's data parts (dgm:dataModel, "word/diagrams/data1.xml") read for their texts.
#include <pugixml.hpp>

#include <string>

namespace mk::docx {

// The texts of a SmartArt data model's points, one line each, in the order the diagram shows them
// (from its document point down its parent-of connections, by their source order); a point no
// connection reaches comes after them, so that no text is lost. Empty points are left out.
std::string diagram_text(pugi::xml_node data_model);

}  // namespace mk::docx
