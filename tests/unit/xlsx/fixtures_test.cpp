// The fixtures made by openpyxl and LibreOffice, read with the facts their README states.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "converters/xlsx/read.hpp"
#include "tests/unit/cell_at.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

workbook read_fixture(std::string_view path) { return read_xlsx(fixture_bytes(path)); }

}  // namespace

TEST_CASE("verksamhetsplan-2019.xlsx: one sheet, 11 merges, line breaks kept") {
    workbook book = read_fixture("uppfoljning/verksamhetsplan-2019.xlsx");
    REQUIRE(book.sheets.size() == 1);
    const sheet& s = book.sheets[0];
    CHECK(s.name == "Uppföljning 2019");
    CHECK(s.visibility == sheet_visibility::visible);
    REQUIRE(s.merges.size() == 11);
    CHECK(format_range(s.merges.front()) == "A1:E1");
    CHECK(format_range(s.merges.back()) == "A55:A57");
    CHECK(cell_at(s, "E18").text == "Ändrat till Q4.\nStändigt pågående arbete.");
    std::vector<std::string> with_breaks;
    for (const cell& c : s.cells)
        if (c.text.find('\n') != std::string::npos) with_breaks.push_back(format_a1(c.row, c.col));
    CHECK(with_breaks == std::vector<std::string>{"E18", "A25", "E26", "A27", "A28", "A42", "A47", "A55"});
    CHECK(s.find(6, 0) == nullptr);  // A7 lies under the merge A6:A7: the value is only in A6
}

TEST_CASE("verksamhetsplan-2019: LibreOffice's shared strings read like openpyxl's inline strings") {
    check_same_workbook(read_fixture("uppfoljning/verksamhetsplan-2019.libreoffice.xlsx"),
                        read_fixture("uppfoljning/verksamhetsplan-2019.xlsx"));
}

TEST_CASE("atagande-2018.xlsx: the Datum cell is a date, the statuses are text") {
    workbook book = read_fixture("uppfoljning/atagande-2018.xlsx");
    REQUIRE(book.sheets.size() == 1);
    const sheet& s = book.sheets[0];
    CHECK(s.name == "Åtagande 2018");
    const cell& datum = cell_at(s, "B1");
    CHECK(datum.type == cell_type::date);
    CHECK(datum.text == "2018-01-23");
    CHECK(datum.number == 43123);
    CHECK(cell_at(s, "B2").text == "GAN-2019/10.603");
    CHECK(cell_at(s, "D39").text.starts_with("Öka avgiftsfinansieringen\nUtredning av a"));
    int done = 0, deviating = 0;
    for (std::uint32_t row = 11; row <= 40; ++row) {
        const cell* status = s.find(row, 6);
        REQUIRE(status);
        done += status->text == "Genomfört";
        deviating += status->text == "Avviker från plan";
    }
    CHECK(done == 28);
    CHECK(deviating == 2);
    auto last =
        std::max_element(s.cells.begin(), s.cells.end(), [](const cell& a, const cell& b) { return a.row < b.row; });
    CHECK(last->row == 47);
    CHECK(s.merges.empty());
}

TEST_CASE("skolor.xlsx: two sheets, Skolenhetskod stays text with its leading zero") {
    workbook book = read_fixture("skolor/skolor.xlsx");
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets[0].name == "Skolor");
    CHECK(book.sheets[1].name == "Utvecklingsområden");
    const cell& code = cell_at(book.sheets[0], "A5");
    CHECK(code.type == cell_type::string);
    CHECK(code.text == "05719246");
    CHECK(cell_at(book.sheets[0], "B5").text == "Lönnskolan");
    CHECK(book.sheets[0].find(12, 4) == nullptr);  // Aspviksskolan has no development areas
}

TEST_CASE("normer-varden-2023.xlsx: three sheets of whole numbers") {
    workbook book = read_fixture("resultat/normer-varden-2023.xlsx");
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[0].name == "ÅK F-3");
    CHECK(book.sheets[1].name == "ÅK 4-6");
    CHECK(book.sheets[2].name == "ÅK 7-9");
    const sheet& f3 = book.sheets[0];
    CHECK(cell_at(f3, "A4").text == "MELLERSTA/NORDVÄSTRA");
    CHECK(f3.find(3, 1) == nullptr);
    const cell& value = cell_at(f3, "D4");
    CHECK(value.type == cell_type::number);
    CHECK(value.number == 75);
    for (const sheet& s : book.sheets)
        for (const cell& c : s.cells)
            if (c.type == cell_type::number) CHECK((c.number >= 0 && c.number <= 100));
}

}  // namespace mk::test
