#pragma once
// One school's fill plan for the SK template: what `malkedja sk generate` pre-fills.
#include <vector>

#include "src/container/fill_plan.hpp"
#include "src/model/document.hpp"
#include "src/recognize/schools.hpp"

namespace mk::sk {

// What every school's plan is made from.
struct plan_inputs {
    // The goal chain: its KF goals and nämndmål fill the SKA-mål table.
    model::document chain;
    std::vector<model::development_area> development_areas;
    std::vector<recognize::survey_row> survey;
    // The läsår to fill in and the one the template is written for (start years: 2023 for 2023/24).
    int lasar = 0;
    int template_lasar = 0;
};

// What changes for this school: name and years, the grade sections it lacks removed, its survey
// values (and the areas' and kommun's), the SKA-mål table from the chain, its development areas
// highlighted, and previous_goals (last year's Planeringsrapport) as Målanalys rows. With update,
// for a document the school has already filled: no rows are added.
fill_plan plan_for_school(const plan_inputs& inputs, const model::school& school,
                          const std::vector<model::planned_goal>& previous_goals, bool update);

// Whether the results hold survey values for the school.
bool has_survey_values(const plan_inputs& inputs, const model::school& school);

}  // namespace mk::sk
