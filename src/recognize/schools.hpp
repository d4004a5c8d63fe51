#pragma once
// The schools file (skolor.xlsx / skolor.csv) and the pupil survey results file
// (normer-varden-2023.xlsx), read from the neutral workbook; columns are found by their header text.
#include <string>
#include <utility>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/model/school.hpp"
#include "src/model/sk_report.hpp"

namespace mk::recognize {

// The schools (sheet with Skolenhetskod | Skola | Område | Stadier | Utvecklingsområden) and the
// development areas (sheet with Nyckel | Fokusområde | Text | SKA; absent from a CSV file).
struct schools_file {
    std::vector<model::school> schools;
    std::vector<model::development_area> development_areas;
};

// Reads the schools file; throws mk::error when no sheet has the school columns.
schools_file read_schools(const workbook& book);

// One row of a survey sheet: a school (code set) or an aggregate (an area or the kommun).
struct survey_row {
    // "F-3", "4-6" or "7-9", from the sheet name ("ÅK F-3").
    std::string stage;
    // Enhet as written ("Exempelskolan", "SYDVÄSTRA/ÖSTRA", "HUDDINGE").
    std::string unit;
    // Skolenhetskod; empty for aggregate rows.
    std::string code;
    // Index name → value as text ("75"; empty when too few answered).
    std::vector<std::pair<std::string, std::string>> values;
};

// One meritvärde or "minst E i lästa ämnen" value of a results sheet.
struct history_row {
    // Skolenhetskod; empty for the kommun's row (Område "Kommun").
    std::string code;
    // 6 or 9.
    int grade = 0;
    // The year of the spring term (2023 for VT-23 and for läsår 2022/23).
    int year = 0;
    model::history_measure measure = model::history_measure::meritvarde;
    model::pupil_group group = model::pupil_group::all;
    // As the SK document writes it: "233,5" (meritvärde), "81 %" (minst E; a share ≤ 1 is taken as
    // a fraction).
    std::string value;
};

// What the results file holds.
struct results_file {
    // Sheets with Enhet | Skolenhetskod | Område | <index>... (the stage from the sheet name).
    std::vector<survey_row> survey;
    // Sheets with Skolenhetskod | Årskurs | År (or Läsår) and columns starting Meritvärde or Minst
    // E, "flickor" or "pojkar" in the header for the groups.
    std::vector<history_row> history;
};

// Reads the survey and history sheets of the results file; throws mk::error when it has neither.
results_file read_results(const workbook& book);

}  // namespace mk::recognize
