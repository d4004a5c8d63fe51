#pragma once
// One school's fill plan for the SK template: what `malkedja sk generate` pre-fills.
#include <optional>
#include <string>
#include <vector>

#include "src/container/fill_plan.hpp"
#include "src/model/document.hpp"
#include "src/recognize/schools.hpp"

namespace mk::sk {

// What every school's plan is made from.
struct plan_inputs {
    // The goal chain: its KF goals and nämndmål fill this year's SKA-mål table.
    model::document chain;
    // Last year's goal chain, for last year's SKA-mål table (else the school's previous document's).
    std::optional<model::document> previous_chain;
    // The goals of previous_chain that chain no longer has (diff::compare): a Målanalys row for one
    // says so in its column "Ska målet finnas kvar?".
    std::vector<model::goal> dropped_goals;
    std::vector<model::development_area> development_areas;
    std::vector<recognize::survey_row> survey;
    // Meritvärde and "minst E" per year: the history tables of ÅK 6 and 9.
    std::vector<recognize::history_row> history;
    // The läsår to fill in and the one the template is written for (start years: 2023 for 2023/24).
    int lasar = 0;
    int template_lasar = 0;
    // The area the template's Bilagor name ("... utvecklingsområden för Sydvästra/Östra."); empty
    // when they name none.
    std::string template_area;
};

// What last year's filled document of a school gives.
struct previous_year {
    // The document's file name and its läsår ("2022/23").
    std::string file;
    std::string lasar;
    // Its Planeringsrapport goals: this year's Målanalys rows.
    std::vector<model::planned_goal> goals;
    // Its SKA-mål table of that year: last year's SKA-mål table now.
    std::vector<merged_group> ska_goals;
};

// What changes for this school: name, area (where the Bilagor name the template's) and years, the grade sections it lacks removed, its survey
// values (and the areas' and kommun's), its meritvärde history for the three years the document
// shows (and the kommun's for the last), this year's SKA-mål table from the chain and last year's
// from the previous chain or else previous, its development areas highlighted, and previous's goals
// as Målanalys rows (a goal the chain dropped since last year marked as such). With update, for a document the school has already filled: only the names,
// years and survey and history cells, where a cell the school changed keeps its text
// (fill_plan::update); no section removed, no table rebuilt, no highlight or row changed.
fill_plan plan_for_school(const plan_inputs& inputs, const model::school& school, const previous_year& previous,
                          bool update);

// Whether a school's goal text names one of goals (recognize::match_goal), whole or its part before
// the first colon ("Eleverna når kunskapskraven: minst 85 % …").
bool names_goal_of(std::string_view goal_text, const std::vector<model::goal>& goals);

// What a Målanalys row of a goal the chain dropped says in its column "Ska målet finnas kvar?".
std::string dropped_goal_note();

// Whether the school's plan fills last year's SKA-mål table (else the template's stays).
bool fills_previous_ska_goals(const plan_inputs& inputs, const previous_year& previous);

// Whether the results hold survey values for the school.
bool has_survey_values(const plan_inputs& inputs, const model::school& school);

}  // namespace mk::sk
