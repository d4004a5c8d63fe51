#pragma once
// Text of SpreadsheetML string items: rich-text runs and the _xHHHH_ escapes.
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace mk::xlsx {

// Appends text to out with every _xHHHH_ escape decoded (_x000D_ → CR, _x005F_ → "_"); an
// escape that is no character (a lone surrogate, NUL) is kept as written.
void append_unescaped(std::string& out, std::string_view text);

// The text of a string item (<si> or <is>): its <t> and the <t> of its rich-text runs <r>, joined
// and unescaped; phonetic runs (<rPh>) are left out.
std::string string_item_text(pugi::xml_node item);

}  // namespace mk::xlsx
