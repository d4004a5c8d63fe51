#pragma once
// What one school reports in its SK document for one läsår.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/chain.hpp"
#include "src/model/provenance.hpp"

namespace mk::model {

// A value as written ("104 %", "224,6") and the number read from it, when it is one.
struct measured_value {
    std::string text;
    std::optional<double> number;
    std::optional<source_ref> source;

    bool operator==(const measured_value&) const = default;
};

// Which pupils a value counts.
enum class pupil_group : std::uint8_t { all, girls, boys };

// Whose value it is: the school's, its area's or the whole kommun's.
enum class value_scope : std::uint8_t { school, area, kommun };

// One subject row of a result table: the share of pupils reaching the goals.
struct result_row {
    // ÅK 3, 6 or 9.
    std::uint8_t grade = 0;
    std::string subject;
    std::optional<measured_value> total;
    std::optional<measured_value> girls;
    std::optional<measured_value> boys;
    std::optional<source_ref> source;

    bool operator==(const result_row&) const = default;
};

// What a history value measures.
enum class history_measure : std::uint8_t { meritvarde, minst_e };

// One value of the meritvärde / "minst E i lästa ämnen" history.
struct history_value {
    std::uint8_t grade = 0;
    history_measure measure = history_measure::meritvarde;
    pupil_group group = pupil_group::all;
    // The column as written ("VT-23", "Huddinge kommun VT-23") and its year.
    std::string label;
    std::optional<int> year;
    value_scope scope = value_scope::school;
    measured_value value;

    bool operator==(const history_value&) const = default;
};

// The share of pupils passing one national test.
struct national_test {
    std::uint8_t grade = 0;
    // The test as the table names it ("SV", "SVA", "MA", "ENG", "NO", "SO").
    std::string test;
    pupil_group group = pupil_group::all;
    measured_value value;

    bool operator==(const national_test&) const = default;
};

// One index of the pupil survey (0-100) for one stage, beside the area and the kommun.
struct survey_index {
    // "F-3", "4-6" or "7-9".
    std::string stage;
    std::string index;
    std::optional<measured_value> school;
    // The area the comparison column belongs to ("SYDVÄSTRA/ÖSTRA").
    std::string area_name;
    std::optional<measured_value> area;
    std::optional<measured_value> kommun;
    std::optional<source_ref> source;

    bool operator==(const survey_index&) const = default;
};

// A row of a Målanalys table: last year's goal followed up.
struct analysed_goal {
    std::string focus_area;
    // The chain goal it works for, and the development area it comes from (a key), when linked.
    std::optional<link> goal;
    std::string development_area;
    // The columns: goal, why, which activities, målbild, insatser & resultat, keep the goal?
    std::string goal_text;
    std::string why;
    std::string activities;
    std::string target_state;
    std::string efforts_and_results;
    std::string keep;
    // Provenance: the 1-based table column each of the six columns above came from, in that order
    // (the columns are mapped by header text, so the order may differ); empty when unknown.
    std::vector<std::uint32_t> source_columns;
    std::optional<source_ref> source;

    bool operator==(const analysed_goal&) const = default;
};

// A row of a Planeringsrapport table: next year's goal.
struct planned_goal {
    std::string focus_area;
    std::optional<link> goal;
    std::string development_area;
    // The columns: goal, which activities, why, målbild, planned insatser, how to measure.
    std::string goal_text;
    std::string activities;
    std::string why;
    std::string target_state;
    std::string efforts;
    std::string measurement;
    // Provenance: the 1-based table column each of the six columns above came from, in that order;
    // empty when unknown.
    std::vector<std::uint32_t> source_columns;
    std::optional<source_ref> source;

    bool operator==(const planned_goal&) const = default;
};

// A free-text answer ("Skolans svar:") in a section of the document.
struct answer {
    // The section number as the document gives it ("1", "7").
    std::string section;
    std::string label;
    std::string text;
    std::optional<source_ref> source;

    bool operator==(const answer&) const = default;
};

// One school's SK document for one läsår.
struct sk_report {
    // The school's skolenhetskod.
    std::string school;
    // "2023/24".
    std::string lasar;
    // The title as written (the school's name, or the unfilled placeholder).
    std::string title;
    std::vector<result_row> results;
    std::vector<history_value> history;
    std::vector<national_test> national_tests;
    std::vector<survey_index> survey;
    std::vector<analysed_goal> analysed_goals;
    std::vector<planned_goal> planned_goals;
    std::vector<answer> answers;
    // Keys of the development areas highlighted as the school's own.
    std::vector<std::string> highlighted_areas;
    std::optional<source_ref> source;

    bool operator==(const sk_report&) const = default;
};

}  // namespace mk::model
