// What number formats make of a number.
#include <doctest/doctest.h>

#include "converters/xlsx/number_formats.hpp"

namespace mk::xlsx {

TEST_CASE(
    "built-in formats: 14-17 dates, 18-21, 45 and 47 times, 22 a date with a time, 46 a duration, 9 and 10 "
    "percentages, the others numbers") {
    for (std::uint32_t id = 14; id <= 17; ++id) CHECK(builtin_format_kind(id) == format_kind::date);
    for (std::uint32_t id : {18u, 19u, 20u, 21u, 45u, 47u}) CHECK(builtin_format_kind(id) == format_kind::time);
    CHECK(builtin_format_kind(22) == format_kind::date_time);
    CHECK(builtin_format_kind(46) == format_kind::duration);
    CHECK(builtin_format_kind(9) == format_kind::percent);
    CHECK(builtin_format_kind(10) == format_kind::percent);
    for (std::uint32_t id : {0u, 1u, 8u, 11u, 13u, 23u, 44u, 48u, 49u, 164u})
        CHECK(builtin_format_kind(id) == format_kind::number);
}

TEST_CASE("custom formats with d, m or y are dates, with h or s dates with a time, with h or s alone times") {
    for (const char* code : {"yyyy-mm-dd", "YYYY-MM-DD", "d mmmm yyyy", "[$-41D]d mmmm yyyy;@", "[Red]yyyy-mm-dd",
                             "\"Datum: \"yyyy-mm-dd", "mmm", "yyyy-mm-dd;\"h\"hh"})
        CHECK_MESSAGE(format_code_kind(code) == format_kind::date, code);
    for (const char* code : {"yyyy-mm-dd hh:mm AM/PM", "d/m/yyyy h:mm", "mmm hh:mm", "hh:mm dd"})
        CHECK_MESSAGE(format_code_kind(code) == format_kind::date_time, code);
    for (const char* code : {"h:mm", "ss", "mm:ss.0", "HH:MM", "hh:mm:ss", "h:mm AM/PM", "h:mm:ss a/p", "mmss.0",
                             "[$-41D]hh:mm;@", "\"kl. \"hh:mm"})
        CHECK_MESSAGE(format_code_kind(code) == format_kind::time, code);
}

TEST_CASE("elapsed-time brackets make a duration") {
    for (const char* code : {"[h]:mm:ss", "[hh]", "[mm]:ss", "[ss]", "[H]"})
        CHECK_MESSAGE(format_code_kind(code) == format_kind::duration, code);
}

TEST_CASE("a % outside quotes, escapes and brackets makes a percentage, unless the format is a date") {
    for (const char* code : {"0%", "0.0%", "0,00 %", "[Red]0%", "#,##0.0 %;-0 %"})
        CHECK_MESSAGE(format_code_kind(code) == format_kind::percent, code);
    CHECK(format_code_kind("yyyy-mm-dd %") == format_kind::date);
    CHECK(format_code_kind("[$%-41D]0") == format_kind::number);
}

TEST_CASE("letters inside quotes, brackets, escapes and later sections do not count") {
    for (const char* code : {"General",
                             "0.00",
                             "#,##0",
                             "0\\%",
                             "0\"%\"",
                             "@",
                             "\"days\" 0",
                             "0 \"dagar\"",
                             "[Red]0.00",
                             "[$-41D]0.00",
                             "[>=100]0;0",
                             "\\d0",
                             "0\\s",
                             "0;\"minus\" d",
                             "#,##0_);(#,##0)",
                             "_s0",
                             "*s0",
                             "\"unterminated d",
                             "[unterminated d",
                             "[hm]0",
                             ""})
        CHECK_MESSAGE(format_code_kind(code) == format_kind::number, code);
}

}  // namespace mk::xlsx
