#pragma once
// The text of an ODF table cell, as LibreOffice Calc shows it.
#include <string>

#include <pugixml.hpp>

namespace mk::ods {

// Longest text a cell gets from text:s space runs (Excel's cell limit); a hostile text:c stops here.
inline constexpr std::size_t max_spaced_length = 32767;

// The character content of cell's paragraphs (text:p, text:h) joined with '\n', text:s as spaces,
// text:tab as '\t', text:line-break as '\n'; annotations, note bodies, ruby text and drawings left
// out. White space in the character data is kept as written: LibreOffice writes runs of spaces and
// leading spaces literally in cells and reads them back unchanged, so it does not collapse them.
std::string cell_text(pugi::xml_node cell);

}  // namespace mk::ods
