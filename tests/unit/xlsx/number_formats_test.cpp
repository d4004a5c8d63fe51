// Which number formats make a number a date.
#include <doctest/doctest.h>

#include "converters/xlsx/number_formats.hpp"

namespace mk::xlsx {

TEST_CASE("built-in formats 14-22 and 45-47 are dates or times, the others are not") {
    for (std::uint32_t id = 14; id <= 22; ++id) CHECK(is_builtin_date_format(id));
    for (std::uint32_t id : {45u, 46u, 47u}) CHECK(is_builtin_date_format(id));
    for (std::uint32_t id : {0u, 1u, 9u, 13u, 23u, 44u, 48u, 49u, 164u}) CHECK_FALSE(is_builtin_date_format(id));
}

TEST_CASE("custom formats with d, m, y, h or s are dates") {
    for (const char* code : {"yyyy-mm-dd", "YYYY-MM-DD", "d mmmm yyyy", "h:mm", "ss", "mm:ss.0",
                             "[$-41D]d mmmm yyyy;@", "[Red]yyyy-mm-dd", "yyyy-mm-dd hh:mm AM/PM",
                             "\"Datum: \"yyyy-mm-dd"})
        CHECK_MESSAGE(is_date_format_code(code), code);
}

TEST_CASE("elapsed-time brackets count as time") {
    for (const char* code : {"[h]:mm:ss", "[hh]", "[mm]:ss", "[ss]", "[H]"}) CHECK_MESSAGE(is_date_format_code(code), code);
}

TEST_CASE("letters inside quotes, brackets, escapes and later sections are no dates") {
    for (const char* code : {"General", "0.00", "#,##0", "0%", "@", "\"days\" 0", "0 \"dagar\"", "[Red]0.00",
                             "[$-41D]0.00", "[>=100]0;0", "\\d0", "0\\s", "0;\"minus\" d", "#,##0_);(#,##0)",
                             "_s0", "*s0", "\"unterminated d", "[unterminated d", ""})
        CHECK_FALSE_MESSAGE(is_date_format_code(code), code);
}

}  // namespace mk::xlsx
