// The value conversions of the writers: ISO dates, Excel serials, Excel's text escapes, numbers.
#include <doctest/doctest.h>

#include "converters/xlsx/date_serial.hpp"
#include "converters/xlsx/text_escape.hpp"
#include "src/container/iso_moment.hpp"
#include "src/container/number_text.hpp"

namespace mk::test {
namespace {

std::optional<double> serial(const char* iso) { return xlsx::excel_serial(*parse_iso_moment(iso)); }

}  // namespace

TEST_CASE("ISO moments: a date, or a date with a time of day; nothing else") {
    auto date = parse_iso_moment("2019-03-31");
    REQUIRE(date);
    CHECK(!date->has_time);
    CHECK(date->seconds == 0);
    auto moment = parse_iso_moment("2019-03-31T23:59:59");
    REQUIRE(moment);
    CHECK(moment->has_time);
    CHECK(moment->seconds == 86399);
    CHECK(parse_iso_moment("2019-03-31T00:00:00")->has_time);
    for (const char* bad : {"", "2019", "2019-03", "2019-13-01", "2019-02-29", "2019-03-31T", "2019-03-31T12:00",
                            "2019-03-31T12:60:00", "2019-03-31T12:00:00Z", "+2019-03-31", "2019-03-31T12:00:00.5"})
        CHECK_MESSAGE(!parse_iso_moment(bad), bad);
    CHECK(with_time_of_day("2019-03-31") == "2019-03-31T00:00:00");
    CHECK(with_time_of_day("2019-03-31T08:00:00") == "2019-03-31T08:00:00");
    CHECK(with_time_of_day("") == "");
}

TEST_CASE("Excel serials count Excel's 1900-02-29 and hold no day before 1900") {
    CHECK(serial("1899-12-30T06:00:00") == 0.25);
    CHECK(!serial("1899-12-31"));
    CHECK(!serial("1850-06-01"));
    CHECK(serial("1900-01-01") == 1);
    CHECK(serial("1900-02-28") == 59);
    CHECK(serial("1900-03-01") == 61);
    CHECK(serial("2019-03-31") == 43555);
    CHECK(serial("2019-03-31T12:00:00") == 43555.5);
    CHECK(serial("9999-12-31") == 2958465);
}

TEST_CASE("Excel's text escapes: characters XML cannot hold, and literal escapes protected") {
    CHECK(xlsx::escape_ooxml_text("plain åäö 😀") == "plain åäö 😀");
    CHECK(xlsx::escape_ooxml_text("a\x01"
                                  "b\x1F\tc\nd\re") == "a_x0001_b_x001F_\tc\nd\re");
    CHECK(xlsx::escape_ooxml_text("_x0041_ and _x004a_") == "_x005F_x0041_ and _x005F_x004a_");
    CHECK(xlsx::escape_ooxml_text("_x00G1_ _x004 _x_ _") == "_x00G1_ _x004 _x_ _");
    CHECK(xlsx::escape_ooxml_text("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD") == "_xFFFE__xFFFF_\xEF\xBF\xBD");
}

TEST_CASE("numbers as the shortest text that reads back, without negative zero") {
    CHECK(number_text(0.1) == "0.1");
    CHECK(number_text(-0.0) == "0");
    CHECK(number_text(1e-300) == "1e-300");
    CHECK(number_text(123456789012345678.0) == "123456789012345680");
}

}  // namespace mk::test
