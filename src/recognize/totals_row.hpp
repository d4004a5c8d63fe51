#pragma once
// Rows of totals under a follow-up table ("Summa | 1335,5 | 2 klara"): figures worked out from the
// rows above, no goal and no activity.
#include <span>
#include <string_view>

#include "src/container/workbook.hpp"

namespace mk::recognize {

// Whether text is a word that starts a row of totals: Summa, Totalt, Total, Antal, Medel,
// Medelvärde, Genomsnitt or Snitt, in any case and with punctuation around it ("Summa:").
bool is_totals_word(std::string_view text);

// Whether the non-empty cells of a row (in column order) are a row of totals: the first holds a
// totals word, and each other, at least one, a number, an error (#DIV/0!) or text that starts with
// a digit ("2 klara", "85 %", "3 av 5 genomförda"), as formulas give them.
bool is_totals_row(std::span<const cell* const> cells);

}  // namespace mk::recognize
