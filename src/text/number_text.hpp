#pragma once
// Numbers as text that reads back exactly, independent of the locale.
#include <string>

namespace mk::text {

// The shortest text that reads back as value ("0.1", "75", "1e-300"); negative zero, which
// spreadsheets do not have, as "0".
std::string number_text(double value);

}  // namespace mk::text
