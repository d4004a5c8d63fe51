// Date serials in both date systems, and ISO date text.
#include <doctest/doctest.h>

#include "converters/xlsx/dates.hpp"

namespace mk::xlsx {

TEST_CASE("1900 date system: serial 1 is 1900-01-01, 60 the fictitious 1900-02-29, 61 1900-03-01") {
    auto iso = [](double serial) { return serial_to_iso(serial, date_system::from_1900).value_or("-"); };
    CHECK(iso(1) == "1900-01-01");
    CHECK(iso(31) == "1900-01-31");
    CHECK(iso(59) == "1900-02-28");
    CHECK(iso(60) == "1900-02-29");
    CHECK(iso(61) == "1900-03-01");
    CHECK(iso(43123) == "2018-01-23");
    CHECK(iso(43555) == "2019-03-31");
    CHECK(iso(2958465) == "9999-12-31");
}

TEST_CASE("1900 date system: times of day are rounded to whole seconds") {
    auto iso = [](double serial) { return serial_to_iso(serial, date_system::from_1900).value_or("-"); };
    CHECK(iso(43555.60416666666) == "2019-03-31T14:30:00");
    CHECK(iso(43555.5 + 0.4 / 86400) == "2019-03-31T12:00:00");
    CHECK(iso(43555.5 + 0.6 / 86400) == "2019-03-31T12:00:01");
    CHECK(iso(43555.99999999) == "2019-04-01");
    CHECK(iso(59.5) == "1900-02-28T12:00:00");
    CHECK(iso(60.25) == "1900-02-29T06:00:00");
}

TEST_CASE("a serial below 1 is a time of day, as openpyxl reads it") {
    CHECK(serial_to_iso(0.6043402777777778, date_system::from_1900) == "14:30:15");
    CHECK(serial_to_iso(0, date_system::from_1900) == "00:00:00");
    CHECK(serial_to_iso(0.5, date_system::from_1904) == "12:00:00");
}

TEST_CASE("1904 date system: serial 0 is 1904-01-01 and there is no leap bug") {
    auto iso = [](double serial) { return serial_to_iso(serial, date_system::from_1904).value_or("-"); };
    CHECK(iso(1) == "1904-01-02");
    CHECK(iso(42093) == "2019-03-31");
    CHECK(iso(42093.60416666666) == "2019-03-31T14:30:00");
    CHECK(iso(-1460) == "1900-01-01");
    CHECK(iso(-1401) == "1900-03-01");
}

TEST_CASE("serials outside the years 1 to 9999 are no dates") {
    CHECK_FALSE(serial_to_iso(2958466, date_system::from_1900));
    CHECK_FALSE(serial_to_iso(-700000, date_system::from_1900));
    CHECK_FALSE(serial_to_iso(1e300, date_system::from_1900));
    CHECK(serial_to_iso(-1, date_system::from_1900) == "1899-12-29");
}

TEST_CASE("ISO date text in a cell is brought to the same canonical form") {
    CHECK(normalize_iso_date("2019-03-31") == "2019-03-31");
    CHECK(normalize_iso_date("2019-03-31T00:00:00") == "2019-03-31");
    CHECK(normalize_iso_date("2019-03-31T14:30:00Z") == "2019-03-31T14:30:00");
    CHECK(normalize_iso_date("2019-03-31T14:30") == "2019-03-31T14:30:00");
    CHECK(normalize_iso_date("2019-03-31T14:30:15.500") == "2019-03-31T14:30:16");
    CHECK(normalize_iso_date("2019-12-31T23:59:59.9") == "2020-01-01");
    CHECK(normalize_iso_date("14:30:15") == "14:30:15");
    CHECK_FALSE(normalize_iso_date("2019-02-29"));
    CHECK_FALSE(normalize_iso_date("2019-3-31"));
    CHECK_FALSE(normalize_iso_date("2019-03-31T25:00"));
    CHECK_FALSE(normalize_iso_date("-201-03-31"));
    CHECK_FALSE(normalize_iso_date("31/03/2019"));
    CHECK_FALSE(normalize_iso_date(""));
}

}  // namespace mk::xlsx
