#pragma once
// ODF date and time cell values (office:date-value, office:time-value) in the workbook's terms.
#include <optional>
#include <string>
#include <string_view>

namespace mk::ods {

// A date cell as the workbook holds it.
struct date_value {
    // ISO 8601: "2018-01-23" or "2018-01-23T14:30:00".
    std::string iso;
    // The 1900-system serial as Excel counts it (1900-01-01 is 1; the time is the fraction).
    double serial = 0;
};

// Parses an office:date-value ("2018-01-23", "2018-01-23T14:30:00.25"), rounding to whole seconds.
// The text has a time part when the time is not midnight or format_shows_time (the cell's number
// format shows a time of day), as the .xlsx reader does. nullopt when malformed or outside the
// years 1–9999.
std::optional<date_value> parse_date_value(std::string_view text, bool format_shows_time);

// Parses an office:time-value (an ISO 8601 duration such as "PT37H30M00S"), rounding to whole
// seconds, as a time in hours, minutes and seconds ("37:30:00", see clock_text), the form the .xlsx
// reader gives times and durations. With shown_as_clock (the cell's data style is a time of day
// that wraps at midnight) a value outside one day is the moment that long after 1899-12-30
// ("1899-12-31T12:00:00"), as the .xlsx twin reads. nullopt when malformed or out of range.
std::optional<date_value> parse_time_value(std::string_view text, bool shown_as_clock);

}  // namespace mk::ods
