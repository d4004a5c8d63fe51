#pragma once
// Reading the value of a Målvärde or Utfall cell: a number, a percentage, a comparison, or text.
#include <string_view>

#include "src/model/indicator.hpp"

namespace mk::recognize {

// The value a text cell states, its text kept as written: "3,5" and "3.5" are the number 3.5,
// "85 %", "85%" and "85 procent" the percentage 85, "≥ 75", ">= 75", "minst 75" (also lägst, över,
// mer än, högst, max, under, mindre än and their signs >, ≤, <=, <) a comparison with its number; a
// space may group thousands ("1 200"). Text with letters that is none of these is text ("Ej mätt",
// "Öka", "12 dagar"), and so is a range or a date ("75–80", "2019-12-31"); text with digits, signs
// or % but no letters that is none of these is malformed ("85 %%", "7,5,3", "≥"). Numbers are read
// with std::from_chars, never by the locale.
model::indicator_value parse_indicator_value(std::string_view text);

// The value of a number cell: its number, or as a percentage when the cell is formatted as one
// (0.85 is 85 %, written "85 %").
model::indicator_value number_cell_value(double number, bool percent);

}  // namespace mk::recognize
