#include <doctest/doctest.h>

#include "src/text/ascii.hpp"

using namespace mk::text;

TEST_CASE("ascii_lower: ASCII letters only, other bytes, UTF-8 included, stay") {
    CHECK(ascii_lower('A') == 'a');
    CHECK(ascii_lower('z') == 'z');
    CHECK(ascii_lower('[') == '[');
    CHECK(ascii_lower("Heading 1.DOCX") == "heading 1.docx");
    CHECK(ascii_lower("ÅRSKURS") == "Årskurs");
}

TEST_CASE("equals_ignoring_ascii_case: same length, same letters but for case") {
    CHECK(equals_ignoring_ascii_case("FFFF00", "ffff00"));
    CHECK(equals_ignoring_ascii_case("#FfFf00", "#ffff00"));
    CHECK_FALSE(equals_ignoring_ascii_case("FFFF0", "ffff00"));
    CHECK_FALSE(equals_ignoring_ascii_case("XML", "xmls"));
    CHECK_FALSE(equals_ignoring_ascii_case("Å", "å"));
}
