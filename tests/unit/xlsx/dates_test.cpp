// Date serials in both date systems, and ISO date text.
#include <doctest/doctest.h>

#include "converters/xlsx/dates.hpp"

namespace mk::xlsx {
namespace {

std::string iso_1900(double serial, format_kind kind = format_kind::date) {
    return serial_to_iso(serial, date_system::from_1900, kind).value_or("-");
}

std::string iso_1904(double serial, format_kind kind = format_kind::date) {
    return serial_to_iso(serial, date_system::from_1904, kind).value_or("-");
}

}  // namespace

TEST_CASE("1900 date system: serial 1 is 1900-01-01, 60 the fictitious 1900-02-29, 61 1900-03-01") {
    CHECK(iso_1900(1) == "1900-01-01");
    CHECK(iso_1900(31) == "1900-01-31");
    CHECK(iso_1900(59) == "1900-02-28");
    CHECK(iso_1900(60) == "1900-02-29");
    CHECK(iso_1900(61) == "1900-03-01");
    CHECK(iso_1900(43123) == "2018-01-23");
    CHECK(iso_1900(43555) == "2019-03-31");
    CHECK(iso_1900(2958465) == "9999-12-31");
    CHECK(iso_1900(-1) == "1899-12-29");
}

TEST_CASE("1900 date system: times of day are rounded to whole seconds") {
    CHECK(iso_1900(43555.60416666666) == "2019-03-31T14:30:00");
    CHECK(iso_1900(43555.5 + 0.4 / 86400) == "2019-03-31T12:00:00");
    CHECK(iso_1900(43555.5 + 0.6 / 86400) == "2019-03-31T12:00:01");
    CHECK(iso_1900(43555.99999999) == "2019-04-01");
    CHECK(iso_1900(59.5) == "1900-02-28T12:00:00");
    CHECK(iso_1900(60.25) == "1900-02-29T06:00:00");
}

TEST_CASE("a format with a time of day shows midnight too") {
    CHECK(iso_1900(43555, format_kind::date_time) == "2019-03-31T00:00:00");
    CHECK(iso_1904(42093, format_kind::date_time) == "2019-03-31T00:00:00");
}

TEST_CASE("a serial below 1 is a time of day on 1899-12-30 in both systems, as openpyxl reads it") {
    CHECK(iso_1900(0.6043402777777778, format_kind::date_time) == "1899-12-30T14:30:15");
    CHECK(iso_1900(0) == "1899-12-30");
    CHECK(iso_1904(0.5, format_kind::date_time) == "1899-12-30T12:00:00");
}

TEST_CASE("a time format on less than a day is the time alone, as a person sees it") {
    CHECK(iso_1900(0.5, format_kind::time) == "12:00:00");
    CHECK(iso_1904(0.5, format_kind::time) == "12:00:00");
    CHECK(iso_1900(0, format_kind::time) == "00:00:00");
    CHECK(iso_1900(0.6043402777777778, format_kind::time) == "14:30:15");
    CHECK(iso_1900(0.99999999, format_kind::time) == "1900-01-01T00:00:00");  // rounds up to serial 1
}

TEST_CASE("a time format on a day or more keeps the date, as openpyxl reads it") {
    CHECK(iso_1900(1.5, format_kind::time) == "1900-01-01T12:00:00");
    CHECK(iso_1900(43555.60416666666, format_kind::time) == "2019-03-31T14:30:00");
    CHECK(iso_1904(42093.5, format_kind::time) == "2019-03-31T12:00:00");
}

TEST_CASE("a duration is its hours, minutes and seconds, in both systems") {
    CHECK(iso_1900(1.5625, format_kind::duration) == "37:30:00");
    CHECK(iso_1904(1.5625, format_kind::duration) == "37:30:00");
    CHECK(iso_1900(0.0625, format_kind::duration) == "01:30:00");
    CHECK(iso_1900(100, format_kind::duration) == "2400:00:00");
    CHECK(iso_1900(-0.0625, format_kind::duration) == "-01:30:00");
    CHECK(iso_1900(0, format_kind::duration) == "00:00:00");
}

TEST_CASE("1904 date system: serial 1 is 1904-01-02 and there is no leap bug") {
    CHECK(iso_1904(1) == "1904-01-02");
    CHECK(iso_1904(42093) == "2019-03-31");
    CHECK(iso_1904(42093.60416666666) == "2019-03-31T14:30:00");
    CHECK(iso_1904(-1460) == "1900-01-01");
    CHECK(iso_1904(-1401) == "1900-03-01");
}

TEST_CASE("serials outside the years 1 to 9999 are no dates") {
    CHECK_FALSE(serial_to_iso(2958466, date_system::from_1900, format_kind::date));
    CHECK_FALSE(serial_to_iso(-700000, date_system::from_1900, format_kind::date));
    CHECK_FALSE(serial_to_iso(1e300, date_system::from_1900, format_kind::date));
    CHECK_FALSE(serial_to_iso(2958465 + 1462, date_system::from_1904, format_kind::date));
}

TEST_CASE("ISO date text in a cell is brought to the same canonical form") {
    CHECK(normalize_iso_date("2019-03-31", false) == "2019-03-31");
    CHECK(normalize_iso_date("2019-03-31", true) == "2019-03-31T00:00:00");
    CHECK(normalize_iso_date("2019-03-31T00:00:00", false) == "2019-03-31");
    CHECK(normalize_iso_date("2019-03-31T14:30:00Z", false) == "2019-03-31T14:30:00");
    CHECK(normalize_iso_date("2019-03-31T14:30", false) == "2019-03-31T14:30:00");
    CHECK(normalize_iso_date("2019-03-31T14:30:15.500", false) == "2019-03-31T14:30:16");
    CHECK(normalize_iso_date("2019-12-31T23:59:59.9", false) == "2020-01-01");
    CHECK(normalize_iso_date("14:30:15", false) == "14:30:15");
    CHECK(normalize_iso_date("14:30:15.5", true) == "14:30:16");
    for (const char* bad : {"2019-02-29", "2019-3-31", "2019-03-31T25:00", "-201-03-31", "31/03/2019", "",
                            "2019-03-31T14:30:00+01:00", "14:3"})
        CHECK_FALSE_MESSAGE(normalize_iso_date(bad, false), bad);
}

}  // namespace mk::xlsx
