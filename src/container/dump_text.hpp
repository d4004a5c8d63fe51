#pragma once
// Text in the one-line dumps of `malkedja cells` and `malkedja blocks`.
#include <string>
#include <string_view>

namespace mk {

// text with line breaks, carriage returns, tabs and backslashes written \n, \r, \t and \\ (and,
// with quotes, double quotes written \"), so that it stays on one line.
std::string dump_escaped(std::string_view text, bool quotes);

// Appends dump_escaped(text, quotes) to out.
void append_dump_escaped(std::string& out, std::string_view text, bool quotes);

}  // namespace mk
