// Cell fills as LibreOffice writes them: a cell style's background, also on empty and repeated
// cells (fills.ods, its conversion of the openpyxl file tests/data/xlsx/fills.xlsx), inherited from
// a cell style, and a column's default (styles.ods, written by LibreOffice through UNO).
#include <doctest/doctest.h>

#include "converters/ods/read.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {

TEST_CASE("fills.ods: the backgrounds LibreOffice wrote for openpyxl's fills") {
    check_fills_of_fills_xlsx(read_ods(source_bytes("tests/data/ods/fills.ods")).sheets.at(0));
}

TEST_CASE("atagande-2018.ods: the fixture's status fills as in its .xlsx twin") {
    check_atagande_fills(read_ods(fixture_bytes("uppfoljning/atagande-2018.ods")).sheets.at(0));
}

TEST_CASE("styles.ods: an inherited background, a common style's and a column's default, as LibreOffice writes them") {
    workbook book = read_ods(source_bytes("tests/data/ods/styles.ods"));
    const sheet& s = book.sheets.at(0);
    // A1: an automatic style (bold) whose parent is the cell style Good; A2: the style Bad itself.
    CHECK(fill_at(s, "A1") == "CCFFCC");
    CHECK(fill_at(s, "A2") == "FFCCCC");
    // Column C's default cell style: its cells without a style of their own, down the whole sheet.
    for (const char* ref : {"C1", "C2", "C3", "C100", "C1048576"}) CHECK(fill_at(s, ref) == "FFC000");
    for (const char* ref : {"B1", "B2", "D2", "A3"}) CHECK(fill_at(s, ref).empty());
    CHECK(s.fills.size() < 10);
}

}  // namespace mk::test
