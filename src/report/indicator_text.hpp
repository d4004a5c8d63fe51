#pragma once
// Indicators as the reports show them: target, outcomes and whether the target was met.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/model/document.hpp"

namespace mk::report {

// "Uppnått", "Ej uppnått", or empty when it cannot be said (check::target_met).
std::string met_word(const model::indicator& i);

// The fill of met_word: the light of done when met, of deviates when not; empty when unknown.
std::string_view met_fill(const model::indicator& i);

// One line: "Andel behöriga: målvärde ≥ 75 %, Utfall 2019 72 % (ej uppnått)"; the parts it has.
std::string indicator_line(const model::indicator& i);

// The outcome labels of the document's indicators, in order of first use: the report's outcome
// columns. A label is there as often as one indicator has it (two "Utfall" columns in the source).
std::vector<std::string> outcome_labels(const model::document& doc);

// The nth (from 0) outcome of i with this label, or nullptr.
const model::outcome* outcome_labelled(const model::indicator& i, const std::string& label, std::size_t nth = 0);

}  // namespace mk::report
