#pragma once
// The text columns of the SK goal tables, as elements of the normalized XML, in schema order.
#include <string>
#include <string_view>

#include "src/model/sk_report.hpp"

namespace mk::normalized {

// One column: its element name and the member holding it.
template <class Goal>
struct text_column {
    std::string_view element;
    std::string Goal::*member;
};

// Målanalys: goal, why, which activities, målbild, insatser & resultat, keep the goal?
inline constexpr text_column<model::analysed_goal> analysed_goal_columns[] = {
    {"goal-text", &model::analysed_goal::goal_text},
    {"why", &model::analysed_goal::why},
    {"activities", &model::analysed_goal::activities},
    {"target-state", &model::analysed_goal::target_state},
    {"efforts-and-results", &model::analysed_goal::efforts_and_results},
    {"keep", &model::analysed_goal::keep},
};

// Planeringsrapport: goal, which activities, why, målbild, planned insatser, how to measure.
inline constexpr text_column<model::planned_goal> planned_goal_columns[] = {
    {"goal-text", &model::planned_goal::goal_text},
    {"activities", &model::planned_goal::activities},
    {"why", &model::planned_goal::why},
    {"target-state", &model::planned_goal::target_state},
    {"efforts", &model::planned_goal::efforts},
    {"measurement", &model::planned_goal::measurement},
};

}  // namespace mk::normalized
