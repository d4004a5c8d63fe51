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
    CHECK(number_text(123456789012345678.0) == "123456789012345680");
}

TEST_CASE("number_text: plain digits from a millionth up to 1e15, as a budget is written (1000000, not 1e+06)") {
    CHECK(number_text(1000000) == "1000000");
    CHECK(number_text(10000000) == "10000000");
    CHECK(number_text(-2e6) == "-2000000");
    CHECK(number_text(999999999999999) == "999999999999999");
    CHECK(number_text(1234567.89) == "1234567.89");
    CHECK(number_text(0.0001) == "0.0001");
    CHECK(number_text(0.000001) == "0.000001");
    CHECK(number_text(1.5e-6) == "0.0000015");
    CHECK(number_text(1e-7) == "1e-07");
    CHECK(number_text(1e15) == "1e+15");
    CHECK(number_text(1e16) == "1e+16");
}

TEST_CASE("number_text: reads back as exactly the same double") {
    for (double value : {0.1 + 0.2, 1.0 / 3, 233.5, 0.81, -1e-7, 1e6, 1.2345678901234567e-6, 987654321098765.4,
                         2.2250738585072014e-308, 1.7976931348623157e308}) {
        std::string text = number_text(value);
        double back = 0;
        std::from_chars(text.data(), text.data() + text.size(), back);
        CHECK_MESSAGE(back == value, text);
    }
}

TEST_CASE("decimal_comma: a number text as Swedish text writes it, an exponent's as it is") {
    CHECK(decimal_comma("3.5") == "3,5");
    CHECK(decimal_comma("-0.25") == "-0,25");
    CHECK(decimal_comma("75") == "75");
    CHECK(decimal_comma("1.5e-07") == "1.5e-07");
    CHECK(decimal_comma("") == "");
}
