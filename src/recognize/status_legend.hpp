#pragma once
// Legends on a follow-up sheet ("Grön = Genomfört", "Gul: pågår", "● Klart", a coloured cell
// "Klart / Genomfört"): what they say the file's status words, lights and symbols mean.
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/recognize/status_reading.hpp"

namespace mk::recognize {

// The legend lines found on one sheet.
struct status_legend {
    std::string sheet;
    // The 0-based rows holding its entries, ascending.
    std::vector<std::uint32_t> rows;
    // The cells holding them: from the first row and column to the last.
    cell_range cells;
    // What it defined: the key as written ("Grön", "#C6EFCE" for a coloured cell, "●") and its value.
    std::vector<std::pair<std::string, model::status>> entries;
};

// A row of a sheet to look for legend lines in, from a column on: a row outside the tables from
// column 0, a row of a table from the second column after its last.
struct legend_row {
    std::uint32_t row = 0;
    std::uint32_t first_col = 0;
};

// Reads the legend lines in the given rows of s (ascending) and defines their entries in legend,
// where the first definition of a key wins. An entry is one of:
// - "KEY = VALUE", also with ":", "–", "—", " - " or "→" (and "VALUE = KEY" when VALUE is a light),
//   several in one cell when separated by line breaks, ";" or ",";
// - a symbol followed by its VALUE ("● Klart  ◐ Pågår  ○ Ej påbörjad");
// - a cell filled with a colour whose text is a VALUE (the fill's light means it), or a VALUE
//   beside a cell that holds only a fill, a light word or a symbol (the key);
// - "Klart / Färdigställt": a word the vocabulary does not know beside words it knows.
// KEY is a light word, a colour code, a symbol or a short word the vocabulary does not know (never
// a column header such as "Status"); VALUE is a status phrase (phrase_status, with the user's
// mapping in values). Entries are added only for keys not yet defined.
status_legend read_status_legend(const sheet& s, std::span<const legend_row> rows, status_definitions& legend,
                                 std::span<const status_definitions* const> values);

// Whether the non-empty cells of a row (in column order) are a legend line of a colour beside its
// word: one cell whose whole text is a status phrase (phrase_status, with the user's mapping in
// values), right of a cell that holds no value and is filled with a light's colour that the word's
// cell does not have.
bool is_fill_beside_word(const sheet& s, std::span<const cell* const> cells,
                         std::span<const status_definitions* const> values);

// Whether text is a heading of a legend: "Teckenförklaring", "Förklaring", "Färgförklaring", each
// also followed by "status" or "till status", in any case and with punctuation ("Förklaring:").
bool is_legend_heading(std::string_view text);

}  // namespace mk::recognize
