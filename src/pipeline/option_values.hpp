#pragma once
// The values a user gives a step (command-line options, the fields of the web page), checked
// before any input is read. Each check returns nullopt for a good value, else what is wrong and
// what to write instead, in both languages.
#include <optional>
#include <string_view>

#include "src/core/message.hpp"
#include "src/recognize/follow_up.hpp"

namespace mk::pipeline {

// The years a date, a year or a läsår may name: follow-ups older than the first or plans past the
// last are typing mistakes.
inline constexpr int first_year = 1990;
inline constexpr int last_year = 2099;

// A date of the calendar written YYYY-MM-DD ("2019-10-31"), in first_year..last_year.
std::optional<message> date_problem(std::string_view text);

// A year written YYYY, in first_year..last_year.
std::optional<message> year_problem(std::string_view text);

// A läsår written YYYY/YY (also YYYY/YYYY or YYYY-YYYY) of two years that follow each other, the
// first in first_year..last_year.
std::optional<message> lasar_problem(std::string_view text);

// The rule --enhet names: "fil", "blad" or "kolumn:RUBRIK", or in English "file", "sheet" or
// "column:HEADER" (nullopt for anything else).
std::optional<recognize::unit_rule> parse_unit_rule(std::string_view text);

// The same as a check: what is wrong with text as a rule, and what to write instead.
std::optional<message> unit_rule_problem(std::string_view text);

}  // namespace mk::pipeline
