#pragma once
// The formula guard of CSV fields (CWE-1236): a text a spreadsheet program would run as a formula is
// written with a leading "'" and read back without it.
#include <string>
#include <string_view>

namespace mk::csv {

// text as written: with a leading "'" when it starts with '=', '+', '-', '@', tab or CR and is no
// plain number ("-4,5" and "-12.5" stay as they are).
std::string guarded(std::string_view text);

// text as read: without the "'" guarded puts before such a start; any other text as it is.
std::string_view unguarded(std::string_view text);

}  // namespace mk::csv
