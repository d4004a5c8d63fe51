#pragma once
// Whether an indicator's outcome meets its målvärde: one answer for the checks and the reports.
#include <functional>
#include <optional>
#include <string>

#include "src/model/document.hpp"

namespace mk::check {

// The outcome an indicator is judged by: its last outcome in column order that is not the previous
// year's; nullptr when it has none.
const model::outcome* current_outcome(const model::indicator& i);

// Whether outcome meets target, when both state a number (a number or a percentage): at or above
// a target without a comparison or with "≥"/"minst", above one with ">", at or below one with
// "≤"/"högst", below one with "<". nullopt when either is no number. A plain number from 0 to 1
// against a percentage above 1 is read as a share (0,85 as 85 %).
std::optional<bool> meets(const model::indicator_value& target, const model::indicator_value& outcome);

// Whether the indicator's current outcome meets its target; nullopt when that cannot be said.
std::optional<bool> target_met(const model::indicator& i);

// Every indicator of the document, with the id and text of the goal or activity it belongs to, in
// document order (goals first).
void for_each_indicator(
    const model::document& doc,
    const std::function<void(const model::indicator&, const std::string& id, const std::string& text)>& visit);

}  // namespace mk::check
