#pragma once
// How a message names the file it is about, on one line: what errors and warnings print.
#include <string>
#include <string_view>

#include "src/core/message.hpp"

namespace mk {

// "context: message" in the current language on one line: control characters (which a hostile
// file can put into a name the message quotes) shown escaped, as \n or \x1B, and a context longer
// than 120 bytes or a message longer than 600 shortened in its middle.
std::string located_text(std::string_view context, const message& msg);

// text on one line: its control characters shown escaped, as \n or \x1B.
std::string one_line(std::string_view text);

}  // namespace mk
