#pragma once
// Text for SpreadsheetML string items, escaped the way Excel does (the reverse of append_unescaped).
#include <string>
#include <string_view>

namespace mk::xlsx {

// text with every character XML 1.0 cannot hold (C0 controls other than TAB, LF and CR; U+FFFE,
// U+FFFF) written as _xHHHH_, and the "_" of a literal _xHHHH_ written as _x005F_ so that it reads
// back as written.
std::string escape_ooxml_text(std::string_view text);

}  // namespace mk::xlsx
