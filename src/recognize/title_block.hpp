#pragma once
// The title block above a follow-up table: title, kommun, diarienummer, period.
#include <string>
#include <vector>

#include "src/model/document.hpp"

namespace mk::recognize {

// Fills what the title-block rows (each a list of cell texts, in order) say into meta, leaving
// fields that are already set alone: the title, "X KOMMUN", the label rows "Kommun | …", "Nämnd | …",
// "Diarienummer | …", "År | 2019", "Läsår | 2023/24", "Per | 2018-12-31" (or "Rapportdatum"), which
// win over the title's own report date ("per den 31 december år 2018") and first year mentioned.
// Returns, per row, whether meta now holds what it says (a known label's row with its value, the
// kommun's name, the title); the other rows, such as a line naming a unit ("Skola: Skola A"), are
// for the caller to keep.
std::vector<bool> read_title_block(const std::vector<std::vector<std::string>>& rows, model::metadata& meta);

// Whether text is a label of a "label | value" row that read_title_block reads ("Diarienummer").
bool is_title_label(const std::string& text);

// The first year (1990–2099) written in text as a word of its own, or 0.
int first_year(const std::string& text);

}  // namespace mk::recognize
