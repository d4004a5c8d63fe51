#pragma once
// The text of a DrawingML text body (a:p paragraphs of a:r runs and a:fld fields), as charts' titles
// (c:rich) and SmartArt's points (dgm:t) hold it.
#include <pugixml.hpp>

#include <string>

namespace mk::docx {

// The runs' and fields' texts of body's paragraphs, a space between paragraphs; empty ones left out.
std::string text_body_text(pugi::xml_node body);

}  // namespace mk::docx
