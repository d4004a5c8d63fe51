#include "src/sk/plan.hpp"

#include <string>

#include "src/recognize/goal_match.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/sk/ska_goals.hpp"
#include "src/sk/stages.hpp"

namespace mk::sk {
namespace {

std::string two_digits(int year) {
    int short_year = ((year % 100) + 100) % 100;
    return (short_year < 10 ? "0" : "") + std::to_string(short_year);
}

// The years of the template's läsår and the one before, in every form they are written in.
void add_years(const plan_inputs& inputs, fill_plan& plan) {
    int shift = inputs.lasar - inputs.template_lasar;
    if (shift == 0) return;
    for (int back : {1, 0}) {
        int from = inputs.template_lasar - back;
        int to = inputs.lasar - back;
        for (std::string_view separator : {"-", "/"}) {
            std::string sep(separator);
            plan.replacements.emplace_back(std::to_string(from) + sep + std::to_string(from + 1),
                                           std::to_string(to) + sep + std::to_string(to + 1));
            plan.replacements.emplace_back(std::to_string(from) + sep + two_digits(from + 1),
                                           std::to_string(to) + sep + two_digits(to + 1));
        }
        // The nämnd's goals of a läsår carry the year it starts in: "MÅL 2023" for 2023/24.
        plan.replacements.emplace_back("MÅL " + std::to_string(from), "MÅL " + std::to_string(to));
    }
    // The spring terms of the result history: VT-21, VT-22, VT-23 in the document for 2023/24.
    for (int back = 0; back < 3; ++back)
        plan.replacements.emplace_back("VT-" + two_digits(inputs.template_lasar - back),
                                       "VT-" + two_digits(inputs.lasar - back));
}

void add_names(const plan_inputs& inputs, const model::school& school, fill_plan& plan) {
    std::string lasar = std::to_string(inputs.lasar) + "/" + two_digits(inputs.lasar + 1);
    plan.replacements.insert(plan.replacements.end(), {{"SKOLANS NAMN", school.name},
                                                       {"{{skola}}", school.name},
                                                       {"{{skolans namn}}", school.name},
                                                       {"{{skolenhetskod}}", school.code},
                                                       {"{{område}}", school.area},
                                                       {"{{stadier}}", school.stages},
                                                       {"{{läsår}}", lasar}});
    if (!inputs.template_area.empty() && !school.area.empty())
        plan.replacements.emplace_back("utvecklingsområden för " + inputs.template_area,
                                       "utvecklingsområden för " + school.area);
    // The stages a table of contents is headed for ("Innehållsförteckning F-9").
    if (!school.stages.empty())
        for (std::string_view stages : {"F-9", "F-6", "F-3", "4-9", "4-6", "7-9"})
            plan.replacements.emplace_back("Innehållsförteckning " + std::string(stages),
                                           "Innehållsförteckning " + school.stages);
}

void remove_missing_grades(const model::school& school, fill_plan& plan) {
    for (int grade : {3, 6, 9})
        if (!covers_grade(school.stages, grade))
            plan.removed_sections.push_back({"RESULTATREDOVISNING", "ÅK " + std::to_string(grade)});
    for (std::string_view stage : {"F-3", "4-6", "7-9"})
        if (!covers_stage(school.stages, stage)) plan.removed_sections.push_back({"ÅK " + std::string(stage)});
    plan.update_fields = !plan.removed_sections.empty();
}

void add_survey(const plan_inputs& inputs, const model::school& school, fill_plan& plan) {
    for (const auto& row : inputs.survey) {
        if (!covers_stage(school.stages, row.stage)) continue;
        bool own = !row.code.empty() && row.code == school.code;
        if (!own && !row.code.empty()) continue;
        table_ref table{{"NORMER & VÄRDEN", "ÅK " + row.stage}, "SKOLAN"};
        for (const auto& [index, value] : row.values)
            plan.cells.push_back({table, index, own ? "SKOLAN" : row.unit, value});
    }
}

// The school's (and the kommun's) meritvärde and "minst E" values of the years the history table
// shows: the columns VT-21, VT-22, VT-23 and "Huddinge kommun VT-23" of the template for 2023/24.
void add_history(const plan_inputs& inputs, const model::school& school, fill_plan& plan) {
    for (const auto& row : inputs.history) {
        int back = inputs.lasar - row.year;
        bool kommun = row.code.empty();
        if (back < 0 || back > 2 || (kommun && back > 0) || (!kommun && row.code != school.code) ||
            !covers_grade(school.stages, row.grade))
            continue;
        std::string column = "VT-" + two_digits(inputs.template_lasar - back);
        table_ref table{{"ÅK " + std::to_string(row.grade), "MERITVÄRDE"}, "VT-"};
        std::string group = row.group == model::pupil_group::girls ? "Flicka"
                            : row.group == model::pupil_group::boys ? "Pojke"
                                                                     : "";
        plan.cells.push_back({table, group, kommun ? "kommun " + column : column, row.value,
                              row.measure == model::history_measure::meritvarde ? "Meritvärde" : "Minst E"});
    }
}

// The SKA-mål table under the heading naming year, modelled on the one with a header row when it
// has none.
void add_ska_goals(int year, std::vector<merged_group> groups, fill_plan& plan) {
    if (groups.empty()) return;
    plan.merged_tables.push_back({{{"SKA-MÅL", "MÅL " + std::to_string(year)}, ""},
                                  std::move(groups),
                                  "Kommunfullmäktigemål",
                                  table_ref{{"SKA-MÅL"}, "Kommunfullmäktigemål"}});
}

void add_highlights(const plan_inputs& inputs, const model::school& school, fill_plan& plan) {
    if (inputs.development_areas.empty()) return;
    highlight_fill fill{{"UTVECKLINGSOMRÅDEN", std::to_string(inputs.template_lasar) + "-" +
                                                   std::to_string(inputs.template_lasar + 1)},
                        {}};
    for (const auto& key : school.development_areas)
        for (const auto& area : inputs.development_areas)
            if (area.key == key) fill.texts.push_back(area.text);
    plan.highlights.push_back(std::move(fill));
}

void add_previous_goals(const std::vector<model::planned_goal>& goals, const std::vector<model::goal>& dropped,
                        fill_plan& plan) {
    for (const auto& goal : goals) {
        model::analysed_goal row;
        row.focus_area = goal.focus_area;
        row.goal_text = goal.goal_text;
        row.why = goal.why;
        row.activities = goal.activities;
        row.target_state = goal.target_state;
        if (names_goal_of(goal.goal_text, dropped)) row.keep = dropped_goal_note();
        table_ref table{{"MÅLANALYS", goal.focus_area}, "MÅL LÄSÅRET"};
        row_fill* rows = nullptr;
        for (auto& existing : plan.rows)
            if (existing.table.headings == table.headings) rows = &existing;
        auto cells = recognize::analysed_goal_cells(row);
        if (!rows) {
            rows = &plan.rows.emplace_back(row_fill{table, {}, {}});
            for (const auto& cell : cells) rows->columns.emplace_back(cell.first);
        }
        std::vector<std::string>& texts = rows->rows.emplace_back();
        for (auto& cell : cells) texts.push_back(std::move(cell.second));
    }
}

}  // namespace

fill_plan plan_for_school(const plan_inputs& inputs, const model::school& school, const previous_year& previous,
                          bool update) {
    fill_plan plan;
    plan.update = update;
    add_names(inputs, school, plan);
    add_years(inputs, plan);
    add_survey(inputs, school, plan);
    add_history(inputs, school, plan);
    // A filled document keeps its sections, SKA-mål tables, highlights and rows: a person may have
    // written in any of them, and only single cells remember what malkedja put there.
    if (update) return plan;
    remove_missing_grades(school, plan);
    add_ska_goals(inputs.template_lasar, ska_goals_of_chain(inputs.chain), plan);
    add_ska_goals(inputs.template_lasar - 1,
                  inputs.previous_chain ? ska_goals_of_chain(*inputs.previous_chain) : previous.ska_goals, plan);
    add_highlights(inputs, school, plan);
    add_previous_goals(previous.goals, inputs.dropped_goals, plan);
    return plan;
}

bool names_goal_of(std::string_view goal_text, const std::vector<model::goal>& goals) {
    if (goals.empty()) return false;
    if (recognize::match_goal(goal_text, goals)) return true;
    std::size_t colon = goal_text.find(':');
    return colon != std::string_view::npos && recognize::match_goal(goal_text.substr(0, colon), goals);
}

std::string dropped_goal_note() { return "Målet finns inte kvar i nämndens målkedja i år."; }

bool fills_previous_ska_goals(const plan_inputs& inputs, const previous_year& previous) {
    return !(inputs.previous_chain ? ska_goals_of_chain(*inputs.previous_chain) : previous.ska_goals).empty();
}

bool has_survey_values(const plan_inputs& inputs, const model::school& school) {
    for (const auto& row : inputs.survey)
        if (row.code == school.code) return true;
    return false;
}

}  // namespace mk::sk
