#pragma once
// Tables side by side on one sheet: the sheet cut into one piece per table.
#include <vector>

#include "src/container/workbook.hpp"

namespace mk::recognize {

// The pieces of s, one per follow-up table whose header row stands beside another table's header
// on the same row with an empty column between them; each piece keeps s's name and the cells,
// merges and fills of its columns: from the first column of its table (the first piece: from
// column A) to the column before the next table's. Every cell of s is in exactly one piece. Empty when s has no
// such row.
std::vector<sheet> side_by_side_pieces(const sheet& s);

}  // namespace mk::recognize
