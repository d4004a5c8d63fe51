// Cell values by office:value-type; malformed values are reported with the sheet and the cell.
// Each case edits one cell of LibreOffice's features.ods.
#include <doctest/doctest.h>

#include "converters/ods/read.hpp"
#include "src/core/error.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {
namespace {

// B6 as LibreOffice wrote it: a boolean from the .xlsx, imported as the formula =TRUE().
constexpr std::string_view b6_value =
    "table:formula=\"of:=TRUE()\" office:value-type=\"float\" office:value=\"1\" calcext:value-type=\"float\"";
// B10 as LibreOffice wrote it: a time of day.
constexpr std::string_view b10_value = "office:time-value=\"PT14H30M15S\"";
// B9 as LibreOffice wrote it: a date with a time.
constexpr std::string_view b9_value = "office:date-value=\"2019-03-31T14:30:00\"";

cell cell_after(std::string_view from, std::string_view to, std::string_view a1) {
    workbook book = read_features_with(from, to);
    auto place = parse_a1(a1);
    const cell* c = book.sheets.at(0).find(place->first, place->second);
    REQUIRE_MESSAGE(c, "no cell " << a1);
    return *c;
}

}  // namespace

TEST_CASE("boolean cells are booleans") {
    cell yes = cell_after(b6_value, "office:value-type=\"boolean\" office:boolean-value=\"true\"", "B6");
    CHECK(yes.type == cell_type::boolean);
    CHECK(yes.number == 1);
    cell no = cell_after(b6_value, "office:value-type=\"boolean\" office:boolean-value=\"false\"", "B6");
    CHECK(no.type == cell_type::boolean);
    CHECK(no.number == 0);
}

TEST_CASE("a number cell whose formula is TRUE() or FALSE() alone is a boolean, any other formula's a number") {
    CHECK(cell_after(b6_value, b6_value, "B6").type == cell_type::boolean);
    cell no = cell_after(b6_value,
                         "table:formula=\"of:=FALSE()\" office:value-type=\"float\" office:value=\"0\" "
                         "calcext:value-type=\"float\"",
                         "B6");
    CHECK(no.type == cell_type::boolean);
    CHECK(no.number == 0);
    cell compared = cell_after(b6_value,
                               "table:formula=\"of:=1=2\" office:value-type=\"float\" office:value=\"0\" "
                               "calcext:value-type=\"float\"",
                               "B6");
    CHECK(compared.type == cell_type::number);
}

TEST_CASE("currency and percentage cells are numbers, a percentage is marked one") {
    cell amount =
        cell_after(b6_value, "office:value-type=\"currency\" office:currency=\"SEK\" office:value=\"-12.75\"", "B6");
    CHECK(amount.type == cell_type::number);
    CHECK(amount.number == -12.75);
    cell share = cell_after(b6_value, "office:value-type=\"percentage\" office:value=\"1E-2\"", "B6");
    CHECK(share.type == cell_type::number);
    CHECK(share.number == 0.01);
    CHECK(share.percent);
    CHECK_FALSE(amount.percent);
}

TEST_CASE("times shown as a time of day are that time, beyond a day, the moment after 1899-12-30 as in .xlsx") {
    cell long_time = cell_after(b10_value, "office:time-value=\"PT36H00M00S\"", "B10");
    CHECK(long_time.type == cell_type::date);
    CHECK(long_time.text == "1899-12-31T12:00:00");
    CHECK(long_time.number == 1.5);
    CHECK(cell_after(b10_value, "office:time-value=\"PT14H30M15.6S\"", "B10").text == "14:30:16");
    CHECK(cell_after(b10_value, "office:time-value=\"P1DT2H\"", "B10").text == "1899-12-31T02:00:00");
}

TEST_CASE("date-times are rounded to whole seconds") {
    CHECK(cell_after(b9_value, "office:date-value=\"2019-03-31T14:29:59.5\"", "B9").text == "2019-03-31T14:30:00");
    CHECK(cell_after(b9_value, "office:date-value=\"2019-12-31T23:59:59.7\"", "B9").text == "2020-01-01T00:00:00");
}

TEST_CASE("a date shows its time when it is not midnight or when its number format shows a time") {
    // B8 has a date format (yyyy-mm-dd), B9 a date-time format (yyyy-mm-dd hh:mm).
    constexpr std::string_view b8_value = "office:date-value=\"2019-03-31\"";
    CHECK(cell_after(b8_value, "office:date-value=\"2019-03-31T00:00:00\"", "B8").text == "2019-03-31");
    CHECK(cell_after(b8_value, "office:date-value=\"2019-03-31T06:00:00\"", "B8").text == "2019-03-31T06:00:00");
    cell midnight = cell_after(b9_value, "office:date-value=\"1900-02-28\"", "B9");
    CHECK(midnight.text == "1900-02-28T00:00:00");
    CHECK(midnight.number == 59);  // Excel's serial, which counts a 1900-02-29
}

TEST_CASE("office:string-value is the text of a string cell when present") {
    cell c = cell_after(
        "calcext:value-type=\"string\"><text:p>Kvartal</text:p>",
        "calcext:value-type=\"string\" office:string-value=\"Från attributet\"><text:p>Kvartal</text:p>", "A16");
    CHECK(c.type == cell_type::string);
    CHECK(c.text == "Från attributet");
}

TEST_CASE("a cell without office:value-type but with text is a string") {
    cell c = cell_after("<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Kvartal",
                        "<table:table-cell><text:p>Kvartal", "A16");
    CHECK(c.type == cell_type::string);
    CHECK(c.text == "Kvartal");
}

TEST_CASE("malformed values are reported with the sheet and the cell") {
    struct bad {
        std::string_view from;
        std::string_view to;
    };
    for (bad b : {bad{b6_value, "office:value-type=\"float\" office:value=\"1,5\""},
                  bad{b6_value, "office:value-type=\"float\""},
                  bad{b6_value, "office:value-type=\"boolean\" office:boolean-value=\"ja\""},
                  bad{b9_value, "office:date-value=\"2019-02-30\""}, bad{b9_value, "office:date-value=\"31/03/2019\""},
                  bad{b10_value, "office:time-value=\"14:30\""}, bad{b10_value, "office:time-value=\"P1Y\""}}) {
        INFO(b.to);
        std::string text, code;
        try {
            read_features_with(b.from, b.to);
        } catch (const error& e) {
            code = e.code();
            text = e.msg().sv;
        }
        CHECK(code == "ods.bad_value");
        CHECK(text.find("content.xml, bladet \"Data\", cell B") != std::string::npos);
    }
}

}  // namespace mk::test
