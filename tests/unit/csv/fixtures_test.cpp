// The CSV fixtures, written by LibreOffice from the .xlsx twins, give the same texts at the same
// places; every cell a string.
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/csv/read.hpp"
#include "converters/xlsx/read.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

sheet read_fixture_csv(std::string_view path, std::string_view name) {
    workbook book = read_csv(fixture_bytes(path), name);
    REQUIRE(book.sheets.size() == 1);
    CHECK(book.sheets[0].name == name);
    return book.sheets[0];
}

void check_texts_of_first_sheet(const sheet& csv, std::string_view xlsx) {
    workbook twin = read_xlsx(fixture_bytes(xlsx));
    const sheet& expected = twin.sheets.at(0);
    CHECK(csv.cells.size() == expected.cells.size());
    for (std::size_t i = 0; i < std::min(csv.cells.size(), expected.cells.size()); ++i) {
        const cell& e = expected.cells[i];
        const cell& a = csv.cells[i];
        INFO(format_a1(e.row, e.col) << " (csv: " << format_a1(a.row, a.col) << ")");
        CHECK(a.row == e.row);
        CHECK(a.col == e.col);
        CHECK(a.text == e.text);
        CHECK(a.type == cell_type::string);
    }
    CHECK(csv.merges.empty());
}

// The number of records: the row after the last cell's.
std::uint32_t records(const sheet& s) { return s.cells.empty() ? 0 : s.cells.back().row + 1; }

}  // namespace

TEST_CASE("atagande-2018.csv (BOM, semicolon, a quoted field over two lines) has the texts of its .xlsx twin") {
    sheet s = read_fixture_csv("uppfoljning/atagande-2018.csv", "atagande-2018");
    check_texts_of_first_sheet(s, "uppfoljning/atagande-2018.xlsx");
    CHECK(records(s) == 48);
    REQUIRE(s.find(0, 0));
    CHECK(s.find(0, 0)->text == "Datum");  // no BOM left in the first cell
    REQUIRE(s.find(0, 1));
    CHECK(s.find(0, 1)->text == "2018-01-23");
    REQUIRE(s.find(10, 0));
    CHECK(s.find(10, 0)->text == "Mål");
    CHECK(std::count_if(s.cells.begin(), s.cells.end(),
                        [](const cell& c) { return c.text.find('\n') != std::string::npos; }) == 1);
}

TEST_CASE("skolor.csv (no BOM, semicolon inside quoted fields) has the texts of its .xlsx twin") {
    sheet s = read_fixture_csv("skolor/skolor.csv", "skolor");
    check_texts_of_first_sheet(s, "skolor/skolor.xlsx");
    CHECK(records(s) == 13);
    const cell* code = s.find(4, 0);
    REQUIRE(code);
    CHECK(code->text == "05719246");
    CHECK(code->type == cell_type::string);
    const cell* areas = s.find(1, 4);
    REQUIRE(areas);
    CHECK(areas->text == "kunskapskrav;nyfikenhet;trygghet-studiero;budget-balans;arbetsrelaterad-utmattning");
    CHECK(s.find(12, 4) == nullptr);  // Aspviksskolan has no development areas: an empty field
}

}  // namespace mk::test
