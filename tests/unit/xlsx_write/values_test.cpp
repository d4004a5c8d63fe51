// The value conversions of the writers: Excel serials and Excel's text escapes.
#include <doctest/doctest.h>

#include "converters/xlsx/date_serial.hpp"
#include "converters/xlsx/text_escape.hpp"
#include "src/container/iso_moment.hpp"

namespace mk::test {
namespace {

std::optional<double> serial(const char* iso) { return xlsx::excel_serial(*parse_iso_moment(iso)); }

}  // namespace

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

TEST_CASE("Excel's text escapes: long runs of plain text between them are kept as they are") {
    std::string plain = "Öka måluppfyllelsen i alla ämnen, ";
    CHECK(xlsx::escape_ooxml_text(plain + plain) == plain + plain);
    CHECK(xlsx::escape_ooxml_text(plain + "\x02" + plain + "_x0041_" + plain + "\xEF\xBF\xBF") ==
          plain + "_x0002_" + plain + "_x005F_x0041_" + plain + "_xFFFF_");
    CHECK(xlsx::escape_ooxml_text(plain + "_ _x_" + plain + "\xEF\xBB\xBF") ==
          plain + "_ _x_" + plain + "\xEF\xBB\xBF");
}

}  // namespace mk::test
