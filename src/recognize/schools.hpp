#pragma once
// The schools file (skolor.xlsx / skolor.csv) and the pupil survey results file
// (normer-varden-2023.xlsx), read from the neutral workbook; columns are found by their header text.
#include <string>
#include <utility>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/model/school.hpp"

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

// Reads every sheet of the results file that has an Enhet | Skolenhetskod header; throws mk::error
// when none has.
std::vector<survey_row> read_survey_results(const workbook& book);

}  // namespace mk::recognize
