#pragma once
// What a number format makes of a number: a plain number, a date, a date with a time, a duration.
#include <cstdint>
#include <string_view>

namespace mk::xlsx {

enum class format_kind : std::uint8_t {
    number,     // no date letters
    date,       // d, m or y but no time of day ("yyyy-mm-dd")
    date_time,  // h or s too ("yyyy-mm-dd hh:mm")
    time,       // h or s and no date letters: a time of day ("hh:mm:ss", "mm:ss", "h:mm AM/PM")
    duration,   // an elapsed-time bracket ("[h]:mm:ss")
    percent,    // a number shown as a percentage: a % outside quoted text and no date letters ("0%", "0.0 %")
};

// The kind of a built-in number format id: 14–17 dates, 18–21, 45 and 47 times, 22 a date with a
// time, 46 a duration, 9 and 10 percentages, every other id a number.
format_kind builtin_format_kind(std::uint32_t id);

// The kind of a format code, from its first section: d, m, y, h or s outside quoted text,
// backslash escapes, brackets and AM/PM make a date (h or s a time of day, a time alone when no d,
// y or month is there; m right after h or right before s counts minutes); [h], [mm], [ss] a
// duration; colour, condition and locale brackets ([Red], [>=100], [$-41D]) do not count. A % outside
// quoted text, escapes and brackets makes a number a percentage.
format_kind format_code_kind(std::string_view code);

}  // namespace mk::xlsx
