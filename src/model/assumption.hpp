#pragma once
// What a reader decided by guessing, for the summary and the normalized XML (schema 1.2).
#include <cstdint>
#include <string>

namespace mk::model {

enum class assumption_kind : std::uint8_t {
    column_synonym,       // a column read by another word than its role's own ("Åtagande 2018" as activity)
    unit_from_sheet,      // the rows of a sheet got its name as their unit
    unit_from_file,       // the rows of a file got (a part of) its name as their unit
    unit_from_title,      // the rows of a sheet got the unit a line above or among them names
    years_in_file,        // a file holds tables (or rows) of several years, each kept with its year
    year_from_file,       // files of several years: each file's rows keep its year
    year_from_file_name,  // the year of a file taken from its name
};

struct assumption {
    assumption_kind kind = assumption_kind::column_synonym;
    // The file and sheet it is about (provenance: left out of the XML without it).
    std::string file;
    std::string sheet;
    // What was read: the header, the unit, the year.
    std::string about;
    // For column_synonym: the role the column was read as ("activity").
    std::string as;

    bool operator==(const assumption&) const = default;
};

}  // namespace mk::model
