#pragma once
// ODF date and time cell values (office:date-value, office:time-value) in the workbook's terms.
#include <optional>
#include <string>
#include <string_view>

namespace mk::ods {

// A date cell as the workbook holds it.
struct date_value {
    // ISO 8601: "2018-01-23", or "2018-01-23T14:30:00" when the value has a time of day.
    std::string iso;
    // The 1900-system serial (days since 1899-12-30, time as the fraction).
    double serial = 0;
};

// Parses an office:date-value ("2018-01-23", "2018-01-23T14:30:00.25"), rounding to whole seconds;
// nullopt when malformed or outside the years 1–9999.
std::optional<date_value> parse_date_value(std::string_view text);

// Parses an office:time-value (an ISO 8601 duration such as "PT14H30M00S") as the time it is on
// 1899-12-30, the way a spreadsheet shows a time cell; nullopt when malformed or out of range.
std::optional<date_value> parse_time_value(std::string_view text);

}  // namespace mk::ods
