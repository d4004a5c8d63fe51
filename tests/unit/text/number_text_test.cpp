#include <doctest/doctest.h>

#include <charconv>
#include <cmath>

#include "src/text/number_text.hpp"

using namespace mk::text;

TEST_CASE("number_text: the shortest text that reads back, without negative zero") {
    CHECK(number_text(0.1) == "0.1");
    CHECK(number_text(75) == "75");
    CHECK(number_text(-2.5) == "-2.5");
    CHECK(number_text(-0.0) == "0");
    CHECK(number_text(1e-300) == "1e-300");
    CHECK(number_text(1e16) == "1e+16");
    CHECK(number_text(123456789012345678.0) == "123456789012345680");
}

TEST_CASE("number_text: reads back as exactly the same double") {
    for (double value : {0.1 + 0.2, 1.0 / 3, 233.5, 0.81, -1e-7, 2.2250738585072014e-308, 1.7976931348623157e308}) {
        std::string text = number_text(value);
        double back = 0;
        std::from_chars(text.data(), text.data() + text.size(), back);
        CHECK_MESSAGE(back == value, text);
    }
}
