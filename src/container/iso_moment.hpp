#pragma once
// The ISO 8601 text of dates and times: what date cells carry ("2019-03-31", "2019-03-31T14:30:00",
// a time alone "14:30:00" or a duration "37:30:00") and what office files write.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mk {

struct iso_moment {
    std::chrono::sys_days day;
    // Seconds into the day, 0 to 86399.
    std::int32_t seconds = 0;
    // Whether the text has a time part (even "T00:00:00").
    bool has_time = false;
};

// Parses exactly "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (years 1 to 9999); nullopt otherwise.
std::optional<iso_moment> parse_iso_moment(std::string_view text);

// Parses a date as office files write it (an ODF office:date-value, an .xlsx date cell written as
// text): "YYYY-MM-DD", optionally followed by "THH:MM", ":SS", a fraction of a second and "Z". The
// time is rounded half up to whole seconds, carrying into the next day. nullopt otherwise.
std::optional<iso_moment> parse_office_moment(std::string_view text);

// Parses a time of day alone, "HH:MM", "HH:MM:SS" or with a fraction of a second, into seconds,
// rounded half up (86400 for a time that rounds up to midnight); nullopt otherwise.
std::optional<std::int32_t> parse_time_of_day(std::string_view text);

// "2019-03-31", followed by "T14:30:00" with_time (seconds into the day, 0 to 86399); the date is
// written as given, so Excel's fictitious 1900-02-29 too. nullopt outside the years 1 to 9999.
std::optional<std::string> iso_text(std::chrono::year_month_day date, std::int64_t seconds, bool with_time);

// The same for a moment in time.
std::optional<std::string> iso_text(std::chrono::sys_seconds moment, bool with_time);

// "HH:MM:SS" for a time of day or a duration in seconds: hours with at least two digits, 24 and
// more for a duration of a day or longer, "-" first when negative ("14:30:00", "37:30:00",
// "-01:30:00").
std::string clock_text(std::int64_t seconds);

// Parses clock_text's form (hours of 2 to 9 digits) into seconds; nullopt otherwise.
std::optional<std::int64_t> parse_clock_text(std::string_view text);

// Valid ISO text with a time part: a date alone gets "T00:00:00"; empty stays empty.
std::string with_time_of_day(const std::string& iso);

}  // namespace mk
