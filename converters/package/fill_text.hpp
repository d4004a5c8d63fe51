#pragma once
// What the template fillers (converters/docx/fill.cpp, converters/odt/fill.cpp) share: matching
// texts, replacing text spread over runs, and writing a part parsed by mk::xml_part back out.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "src/container/fill_plan.hpp"

namespace mk {

// Case-folded, NFC-composed text without any white space: the form fill plans are matched in.
std::string fold_key(std::string_view text);

// Whether the folded haystack contains the folded form of every part (and parts is not empty).
bool contains_all(std::string_view folded_haystack, const std::vector<std::string>& parts);

// Whether each of wanted is contained in one of the folded headings.
bool under_headings(const std::vector<std::string>& folded_headings, const std::vector<std::string>& wanted);

// Where a cell fill goes in a table: the rows (indices, after the header row) and the column; the
// column is header.size() when no header cell names it.
struct cell_place {
    std::vector<std::size_t> rows;
    std::size_t column = 0;
};

// The place fill names in a table with these header-row cell texts and first-column texts (one a
// row, the header row's first).
cell_place place_of(const cell_fill& fill, const std::vector<std::string>& header,
                    const std::vector<std::string>& first_cells);

// Replaces, all at once, every occurrence of each replacement's first text in the text the slots
// (PCDATA nodes, in reading order) hold together, also across slots: the new text goes into the
// slot where the match starts. Returns whether anything changed.
bool replace_in_slots(const std::vector<pugi::xml_node>& slots,
                      const std::vector<std::pair<std::string, std::string>>& replacements);

// The part as XML text, with every name mk::xml_part rewrote made valid again: "{uri}local" names
// get the prefix the part declared for uri, and the root declares each canonical prefix in use.
std::string save_part(pugi::xml_node root);

}  // namespace mk
