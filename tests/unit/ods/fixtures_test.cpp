// The LibreOffice-made .ods fixtures read exactly like their openpyxl-made .xlsx twins.
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/ods/read.hpp"
#include "converters/xlsx/read.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {
namespace {

void check_twins(std::string_view xlsx, std::string_view ods) {
    check_same_workbook(read_ods(fixture_bytes(ods)), read_xlsx(fixture_bytes(xlsx)));
}

std::size_t count_text(const sheet& s, std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(s.cells.begin(), s.cells.end(), [&](const cell& c) { return c.text == text; }));
}

}  // namespace

TEST_CASE("verksamhetsplan-2019.ods has the cells, merges and types of its .xlsx twin") {
    check_twins("uppfoljning/verksamhetsplan-2019.xlsx", "uppfoljning/verksamhetsplan-2019.ods");
}

TEST_CASE("atagande-2018.ods has the cells, merges and types of its .xlsx twin") {
    check_twins("uppfoljning/atagande-2018.xlsx", "uppfoljning/atagande-2018.ods");
}

TEST_CASE("verksamhetsplan-2019.ods: the facts of the fixtures README") {
    workbook book = read_ods(fixture_bytes("uppfoljning/verksamhetsplan-2019.ods"));
    REQUIRE(book.sheets.size() == 1);
    const sheet& s = book.sheets[0];
    CHECK(s.name == "Uppföljning 2019");
    std::vector<std::string> merges;
    for (const cell_range& m : s.merges) merges.push_back(format_range(m));
    CHECK(merges == std::vector<std::string>{"A1:E1", "A2:E2", "A6:A7", "A10:A13", "A20:A21", "A25:A26", "A28:A29",
                                             "A33:A38", "A42:A46", "A47:A54", "A55:A57"});
    CHECK(count_text(s, "Pågående") == 32);
    CHECK(count_text(s, "Kvarstår") == 6);
    CHECK(count_text(s, "Genomfört") == 1);
    CHECK(count_text(s, "Klart") == 1);
    std::vector<std::string> with_line_break;
    for (const cell& c : s.cells)
        if (c.text.find('\n') != std::string::npos) with_line_break.push_back(format_a1(c.row, c.col));
    CHECK(with_line_break == std::vector<std::string>{"E18", "A25", "E26", "A27", "A28", "A42", "A47", "A55"});
    // The last cell is E57: LibreOffice's trailing empty repeats leave nothing behind.
    CHECK(format_a1(s.cells.back().row, s.cells.back().col) == "E57");
}

TEST_CASE("atagande-2018.ods: the date cell, the header row and 30 åtaganden with their bokslut status") {
    workbook book = read_ods(fixture_bytes("uppfoljning/atagande-2018.ods"));
    REQUIRE(book.sheets.size() == 1);
    const sheet& s = book.sheets[0];
    CHECK(s.name == "Åtagande 2018");
    const cell* date = s.find(0, 1);
    REQUIRE(date);
    CHECK(date->type == cell_type::date);
    CHECK(date->text == "2018-01-23");
    CHECK(date->number == 43123);
    const cell* header = s.find(10, 3);
    REQUIRE(header);
    CHECK(header->text == "Åtagande 2018");
    std::size_t records = 0, done = 0, deviating = 0;
    for (std::uint32_t row = 11; s.find(row, 3); ++row) {
        ++records;
        const cell* bokslut = s.find(row, 6);
        REQUIRE(bokslut);
        done += bokslut->text == "Genomfört" ? 1 : 0;
        deviating += bokslut->text == "Avviker från plan" ? 1 : 0;
    }
    CHECK(records == 30);
    CHECK(done == 28);
    CHECK(deviating == 2);
}

}  // namespace mk::test
