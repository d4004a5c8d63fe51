#pragma once
// Follow-up sheets for the recognizer tests, built from rows of texts.
#include <string>
#include <vector>

#include "src/container/workbook.hpp"

namespace recognize_test {

// A one-sheet workbook ("Blad1") from rows of texts (empty strings are empty cells).
mk::workbook table(const std::vector<std::vector<std::string>>& rows);

}  // namespace recognize_test
