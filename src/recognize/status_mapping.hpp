#pragma once
// The user's own status words (--statusord FILE): a table of word and canonical status.
#include "src/container/workbook.hpp"
#include "src/recognize/status_reading.hpp"

namespace mk::recognize {

// The definitions of the first sheet of book, one a row: the word (a status word, a light word
// such as "Blå" that also names the fills of its colour, a colour code "#0070C0" or a symbol "●")
// in the first column, what it means in the second: a canonical status as the schema names it
// ("done", "on_track", "not_started", "partly", "deviates", "cancelled") or a word of the built-in
// vocabulary ("Genomfört"). Empty rows are passed over, and so is a first row whose second cell
// means nothing (a header such as "Ord;Status"). Throws mk::error naming the row when another
// row's second cell means no status, when its word cannot be defined or is defined twice, and when
// the sheet defines nothing.
status_definitions read_status_mapping(const workbook& book);

}  // namespace mk::recognize
