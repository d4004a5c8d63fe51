// The ISO 8601 dates and times of cells and office files: one parser, one writer.
#include <doctest/doctest.h>

#include "src/container/iso_moment.hpp"

namespace mk::test {

using namespace std::chrono;

TEST_CASE("parse_iso_moment: a date, or a date with a time of day, nothing else") {
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

TEST_CASE("parse_office_moment: minutes alone, fractions rounded half up, a Z, midnight carried over") {
    auto minutes = parse_office_moment("2019-03-31T14:30");
    REQUIRE(minutes);
    CHECK(minutes->has_time);
    CHECK(minutes->seconds == 14 * 3600 + 30 * 60);
    CHECK(parse_office_moment("2019-03-31T14:30:15.500")->seconds == 14 * 3600 + 30 * 60 + 16);
    CHECK(parse_office_moment("2019-03-31T14:30:15.49")->seconds == 14 * 3600 + 30 * 60 + 15);
    CHECK(parse_office_moment("2019-03-31T14:30:00Z")->seconds == 14 * 3600 + 30 * 60);
    auto carried = parse_office_moment("2019-12-31T23:59:59.9");
    REQUIRE(carried);
    CHECK(carried->day == sys_days{2020y / January / 1d});
    CHECK(carried->seconds == 0);
    for (const char* bad : {"", "2019-03-31T", "2019-03-31T14", "2019-03-31T14:30:15.", "2019-03-31T24:00",
                            "2019-02-30", "0000-01-01", "2019-03-31 14:30", "2019-03-31T14:30:00+01:00"})
        CHECK_MESSAGE(!parse_office_moment(bad), bad);
}

TEST_CASE("parse_time_of_day: a time alone") {
    CHECK(parse_time_of_day("14:30") == 14 * 3600 + 30 * 60);
    CHECK(parse_time_of_day("14:30:15") == 14 * 3600 + 30 * 60 + 15);
    CHECK(parse_time_of_day("23:59:59.5") == 86400);
    CHECK_FALSE(parse_time_of_day("14:30:15x"));
    CHECK_FALSE(parse_time_of_day("7:30"));
}

TEST_CASE("iso_text: a date, with a time when asked, years 1 to 9999 only") {
    CHECK(iso_text(2019y / March / 31d, 0, false) == "2019-03-31");
    CHECK(iso_text(2019y / March / 31d, 52215, true) == "2019-03-31T14:30:15");
    CHECK(iso_text(1900y / February / 29d, 0, false) == "1900-02-29");
    CHECK(iso_text(sys_days{1899y / December / 30d} + hours{6}, true) == "1899-12-30T06:00:00");
    CHECK(iso_text(1y / January / 1d, 0, false) == "0001-01-01");
    CHECK_FALSE(iso_text(10000y / January / 1d, 0, false));
    CHECK_FALSE(iso_text(sys_days{0y / December / 31d}, true));
}

TEST_CASE("clock_text: hours, minutes and seconds of a time of day or a duration, and back") {
    CHECK(clock_text(0) == "00:00:00");
    CHECK(clock_text(12 * 3600) == "12:00:00");
    CHECK(clock_text(37 * 3600 + 30 * 60) == "37:30:00");
    CHECK(clock_text(100 * 3600 + 5) == "100:00:05");
    CHECK(clock_text(-(90 * 60)) == "-01:30:00");
    for (std::int64_t seconds :
         std::initializer_list<std::int64_t>{0, 59, 3600, 86399, 86400, 135000, -5400, 3599999999})
        CHECK(parse_clock_text(clock_text(seconds)) == seconds);
    for (const char* bad : {"", "1:30:00", "01:30", "01:60:00", "01:30:60", "01:30:00Z", "--01:30:00",
                            "1234567890:00:00", "2019-03-31", "ab:cd:ef"})
        CHECK_FALSE_MESSAGE(parse_clock_text(bad), bad);
}

}  // namespace mk::test
