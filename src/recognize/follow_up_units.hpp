#pragma once
// What the names of a follow-up's perspectives and sheets say, and the units a unit rule gives the
// activities of a whole file.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/follow_up.hpp"

namespace mk::recognize {

// Whether text, folded, is one of the perspectives follow-ups are grouped by ("Ekonomi", "Normer och värden").
bool is_perspective_name(const std::string& text);

// A unit a line names, and the line's label ("Skola" of "Skola: Skola A").
struct named_unit {
    std::string label;
    std::string name;
};

// The unit a line of its own names, "Skola: Skola A" (a unit column's header, a colon and a short
// name, no full stop), above a table or among its rows; none for any other line.
std::optional<named_unit> unit_named_by_line(std::string_view line);

// The unit a title-block row names: a line as unit_named_by_line reads it, or two cells "Enhet |
// Skola A" (any unit column's header, then the name); none for any other row.
std::optional<named_unit> unit_named_by_title_row(const std::vector<std::string>& row);

// The units the rule gives that the rows do not: the sheets' names (with two or more sheets of
// tables each named like a unit, for the activities that name none), or a check that the column
// named was found. Throws mk::error when a named unit column is in no table.
void apply_unit_rule(const unit_rule& units, const std::vector<const sheet*>& parts,
                     const std::vector<sheet_layout>& layouts, follow_up& out);

}  // namespace mk::recognize
