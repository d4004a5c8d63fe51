#pragma once
// Which character separates the fields of a CSV text.
#include <string_view>

namespace mk::csv {

// ';', ',' or '\t': the candidate whose first records (up to 50, blank lines left out) most often
// share one field count above 1; ';' (Swedish Excel) when none does better.
char detect_separator(std::string_view text);

}  // namespace mk::csv
