// features.ods (tests/data/ods/make.py: openpyxl's features.xlsx converted by LibreOffice): value
// types, texts, repeats, merges, hidden rows, columns and sheets.
#include <doctest/doctest.h>

#include "converters/ods/read.hpp"
#include "converters/xlsx/read.hpp"
#include "tests/unit/cell_at.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {
namespace {

workbook features() { return read_ods(source_bytes("tests/data/ods/features.ods")); }

// The text row that holds "Samma" in four neighbouring cells, as LibreOffice wrote it.
const std::string same_row =
    "<table:table-row table:style-name=\"ro1\"><table:table-cell table:number-columns-repeated=\"4\" "
    "office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Samma</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>";

}  // namespace

TEST_CASE("features.ods reads like features.xlsx, the booleans LibreOffice turned into formulas too") {
    workbook expected = read_xlsx(source_bytes("tests/data/ods/features.xlsx"));
    workbook actual = features();
    REQUIRE(actual.sheets.size() == expected.sheets.size());
    // LibreOffice imports an .xlsx boolean as the formula =TRUE() or =FALSE() with a number value,
    // writes it so (office:value-type="float") and shows it as TRUE or FALSE: a boolean.
    for (std::string_view a1 : {"B6", "B7"}) {
        const cell& c = cell_at(actual.sheets[0], a1);
        CHECK(c.type == cell_type::boolean);
        CHECK(c.type == cell_at(expected.sheets[0], a1).type);
        CHECK(c.number == cell_at(expected.sheets[0], a1).number);
    }
    // openpyxl wrote the date-time's serial with 16 digits (43555.60416666666); the .ods holds the
    // time itself, whose serial is the nearest double to 43555 + 52200/86400.
    double written = cell_at(expected.sheets[0], "B9").number;
    for (cell& c : actual.sheets[0].cells) {
        if (c.row != 8 || c.col != 1) continue;
        CHECK(c.number == doctest::Approx(written).epsilon(1e-15));
        c.number = written;
    }
    check_same_workbook(actual, expected);
}

TEST_CASE("features.ods: every value type") {
    workbook book = features();
    const sheet& s = book.sheets.at(0);
    auto check_value = [&](std::string_view a1, cell_type type, std::string_view text, double number) {
        INFO(a1);
        const cell& c = cell_at(s, a1);
        CHECK(c.type == type);
        CHECK(c.text == text);
        CHECK(c.number == doctest::Approx(number));
    };
    check_value("B2", cell_type::number, "", 0.1);
    check_value("B3", cell_type::number, "", 42);
    check_value("B4", cell_type::number, "", 0.25);    // percentage
    check_value("B5", cell_type::number, "", 1234.5);  // float with a "kr" format
    check_value("B8", cell_type::date, "2019-03-31", 43555);
    check_value("B9", cell_type::date, "2019-03-31T14:30:00", 43555.604166666664);
    check_value("B10", cell_type::date, "14:30:15", 0.6043402777777778);
    check_value("B11", cell_type::error, "#N/A", 0);
    check_value("B12", cell_type::string, "  två  rader\nmed   mellanslag  ", 0);
    check_value("B13", cell_type::string, "före\tefter", 0);
    check_value("B14", cell_type::string, "ett\ntvå\ntre", 0);
    check_value("B15", cell_type::string, "05719246", 0);
    check_value("B16", cell_type::string, "Q4", 0);
    check_value("B17", cell_type::string, "2018-01-23", 0);
}

TEST_CASE("features.ods: repeated cells, merges, hidden rows, columns and sheets") {
    workbook book = features();
    REQUIRE(book.sheets.size() == 3);
    const sheet& s = book.sheets[0];
    for (std::string_view a1 : {"A18", "D18", "A20", "D20"}) CHECK(cell_at(s, a1).text == "Samma");
    CHECK(s.find(17, 4) == nullptr);
    std::vector<std::string> merges;
    for (const cell_range& m : s.merges) merges.push_back(format_range(m));
    CHECK(merges == std::vector<std::string>{"D1:E2", "A22:C22"});
    CHECK(s.find(1, 3) == nullptr);  // covered by the merge: no cell
    CHECK(s.hidden_rows == std::vector<std::uint32_t>{2, 4});
    CHECK(s.hidden_cols == std::vector<std::uint32_t>{2});
    CHECK(s.visibility == sheet_visibility::visible);
    CHECK(book.sheets[1].name == "Dold");
    CHECK(book.sheets[1].visibility == sheet_visibility::hidden);
    CHECK(book.sheets[2].name == "Sist");
    CHECK(book.sheets[2].visibility == sheet_visibility::visible);
    CHECK(cell_at(book.sheets[2], "B2").text == "Sista bladet");
}

TEST_CASE("a row with content repeated by number-rows-repeated gives one row of cells per repeat") {
    workbook written_out = features();
    workbook repeated =
        read_features_with(same_row + same_row + same_row,
                           std::string(same_row).insert(same_row.find('>'), " table:number-rows-repeated=\"3\""));
    check_same_workbook(repeated, written_out);
}

TEST_CASE("a hidden row repeated to the end of the sheet hides only rows up to the last cell") {
    workbook book =
        read_features_with("<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"1048553\">",
                           "<table:table-row table:style-name=\"ro1\" table:visibility=\"collapse\" "
                           "table:number-rows-repeated=\"1048553\">");
    CHECK(book.sheets[0].hidden_rows == std::vector<std::uint32_t>{2, 4});
}

}  // namespace mk::test
