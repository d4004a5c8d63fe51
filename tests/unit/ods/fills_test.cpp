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

TEST_CASE("a cell style named in two places: content.xml's counts, then styles.xml's automatic styles") {
    // styles.xml names ce1 (A1's automatic style in content.xml) again, and Good (ce1's parent, a
    // common style) again among its automatic styles, which it writes after its common ones.
    std::vector<zip_entry> entries = package_entries(source_bytes("tests/data/ods/styles.ods"));
    replace_all(entry_content(entries, "styles.xml"), "<office:automatic-styles>",
                "<office:automatic-styles><style:style style:name=\"ce1\" style:family=\"table-cell\">"
                "<style:table-cell-properties fo:background-color=\"#123456\"/></style:style>"
                "<style:style style:name=\"Good\" style:family=\"table-cell\">"
                "<style:table-cell-properties fo:background-color=\"#654321\"/></style:style>");
    workbook book = read_ods_entries(entries);
    const sheet& s = book.sheets.at(0);
    CHECK(fill_at(s, "A1") == "654321");
    CHECK(fill_at(s, "A2") == "FFCCCC");
}

}  // namespace mk::test
