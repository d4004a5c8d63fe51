#pragma once
// Numbers as spreadsheet files store them.
#include <string>

namespace mk {

// The shortest text that reads back as value ("0.1", "1e-300"); negative zero, which spreadsheets
// do not have, as "0".
std::string number_text(double value);

}  // namespace mk
