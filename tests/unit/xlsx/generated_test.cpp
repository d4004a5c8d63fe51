// The openpyxl-made files of tests/data/xlsx (see make.py there): value types, dates in both date
// systems, dates written as ISO text, hidden rows, columns and sheets.
#include <doctest/doctest.h>

#include "converters/xlsx/read.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

const cell& value_in_row(const sheet& s, std::uint32_t row_number) {
    const cell* found = s.find(row_number - 1, 1);
    REQUIRE_MESSAGE(found, "no value in row " << row_number);
    return *found;
}

}  // namespace

TEST_CASE("features.xlsx: dates, numbers, booleans, errors and text keep their types") {
    workbook book = read_xlsx(source_bytes("tests/data/xlsx/features.xlsx"));
    REQUIRE(book.sheets.size() == 3);
    const sheet& s = book.sheets[0];
    auto check_value = [&](std::uint32_t row, cell_type type, std::string_view text, double number) {
        const cell& c = value_in_row(s, row);
        INFO("row " << row);
        CHECK(c.type == type);
        CHECK(c.text == text);
        CHECK(c.number == doctest::Approx(number));
    };
    check_value(2, cell_type::date, "2019-03-31", 43555);
    check_value(3, cell_type::date, "2019-03-31T14:30:00", 43555.60416666666);
    check_value(4, cell_type::date, "1900-01-01", 1);
    check_value(5, cell_type::date, "1900-02-28", 59);
    check_value(6, cell_type::date, "1900-03-01", 61);
    check_value(7, cell_type::date, "2018-01-23", 43123);
    check_value(8, cell_type::date, "14:30:15", 0.6043402777777778);  // hh:mm:ss: a time of day
    check_value(9, cell_type::date, "36:00:00", 1.5);                 // [h]:mm:ss: a duration
    check_value(10, cell_type::number, "", 0.1);
    check_value(11, cell_type::number, "", 0.25);
    check_value(12, cell_type::number, "", 42);
    check_value(13, cell_type::boolean, "", 1);
    check_value(14, cell_type::boolean, "", 0);
    check_value(15, cell_type::error, "#N/A", 0);
    check_value(16, cell_type::string, "=SUM(B10:B11)", 0);  // a formula openpyxl wrote: no cached value
    check_value(17, cell_type::string, "  två rader\nmed mellanslag  ", 0);
}

TEST_CASE("features.xlsx: hidden rows, columns and sheets, and the merge") {
    workbook book = read_xlsx(source_bytes("tests/data/xlsx/features.xlsx"));
    REQUIRE(book.sheets.size() == 3);
    const sheet& s = book.sheets[0];
    CHECK(s.visibility == sheet_visibility::visible);
    CHECK(s.hidden_rows == std::vector<std::uint32_t>{2, 4});
    CHECK(s.hidden_cols == std::vector<std::uint32_t>{2, 5, 6, 7});
    REQUIRE(s.merges.size() == 1);
    CHECK(format_range(s.merges[0]) == "D1:E2");
    CHECK(book.sheets[1].name == "Dold");
    CHECK(book.sheets[1].visibility == sheet_visibility::hidden);
    CHECK(book.sheets[2].name == "Mycket dold");
    CHECK(book.sheets[2].visibility == sheet_visibility::very_hidden);
    CHECK(book.sheets[2].cells.at(0).text == "mycket dold");
}

TEST_CASE("date1904.xlsx: the 1904 date system gives the same dates") {
    workbook book = read_xlsx(source_bytes("tests/data/xlsx/date1904.xlsx"));
    REQUIRE(book.sheets.size() == 1);
    const sheet& s = book.sheets[0];
    CHECK(s.find(0, 1)->text == "2019-03-31");
    CHECK(s.find(0, 1)->number == 42093);
    CHECK(s.find(1, 1)->text == "2019-03-31T14:30:00");
    CHECK(s.find(2, 1)->text == "1900-01-01");
    CHECK(s.find(3, 1)->text == "1900-02-28");
    CHECK(s.find(4, 1)->text == "1900-03-01");
    CHECK(s.find(5, 1)->text == "2018-01-23");
}

TEST_CASE("date1904=\"true\" is the 1904 date system too, date1904=\"false\" is not") {
    auto entries = package_entries(source_bytes("tests/data/xlsx/date1904.xlsx"));
    replace_all(entry_content(entries, "xl/workbook.xml"), "date1904=\"1\"", "date1904=\"true\"");
    CHECK(read_entries(entries).sheets[0].find(0, 1)->text == "2019-03-31");
    replace_all(entry_content(entries, "xl/workbook.xml"), "date1904=\"true\"", "date1904=\"false\"");
    CHECK(read_entries(entries).sheets[0].find(0, 1)->text == "2015-03-30");
}

TEST_CASE("iso_dates.xlsx: dates written as text read as the same ISO moments, fractions rounded") {
    workbook book = read_xlsx(source_bytes("tests/data/xlsx/iso_dates.xlsx"));
    const sheet& s = book.sheets.at(0);
    auto text_at = [&](std::uint32_t row, std::uint32_t col) {
        const cell* c = s.find(row, col);
        REQUIRE(c);
        CHECK(c->type == cell_type::date);
        return c->text;
    };
    CHECK(text_at(1, 0) == "2020-01-01");
    CHECK(text_at(1, 1) == "14:30:15");
    CHECK(text_at(2, 0) == "2024-02-29");
    CHECK(text_at(2, 1) == "2019-03-31T14:30:16");
    CHECK(text_at(3, 0) == "1900-01-01T06:00:00");
}

}  // namespace mk::test
