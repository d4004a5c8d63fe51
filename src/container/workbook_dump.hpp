#pragma once
// The text dump of a workbook that `malkedja cells` prints: one line per non-empty cell,
// "SHEET<TAB>A1<TAB>TYPE<TAB>VALUE", then "SHEET<TAB>merge<TAB>A1:B3" per merged range.
#include <ostream>
#include <string>

#include "src/container/workbook.hpp"

namespace mk {

// Writes the dump of one sheet to out as it is made (format above, described in the README under
// `malkedja cells`).
void dump_sheet(const sheet& s, std::ostream& out);

// The sheet named wanted, else the wanted-th sheet counting from 1; with wanted empty, the first
// visible sheet. Throws mk::error naming the sheets the book has when there is no such sheet.
const sheet& choose_sheet(const workbook& book, const std::string& wanted);

}  // namespace mk
