// Cell types and placement, on a real package whose worksheet or shared strings the test rewrites.
#include <doctest/doctest.h>

#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

constexpr std::string_view atagande = "uppfoljning/atagande-2018.xlsx";
constexpr std::string_view atagande_sheet = "xl/worksheets/sheet1.xml";

// atagande-2018.xlsx with the first row's cells replaced by row_one (which must keep r="1").
workbook with_first_row(std::string_view row_one) {
    auto entries = package_entries(fixture_bytes(atagande));
    std::string& xml = entry_content(entries, atagande_sheet);
    auto start = xml.find("<row r=\"1\">");
    auto end = xml.find("</row>", start) + 6;
    REQUIRE(start != std::string::npos);
    xml.replace(start, end - start, row_one);
    return read_entries(entries);
}

// atagande-2018.xlsx with its whole sheetData replaced.
workbook with_sheet_data(std::string_view sheet_data) {
    auto entries = package_entries(fixture_bytes(atagande));
    std::string& xml = entry_content(entries, atagande_sheet);
    auto start = xml.find("<sheetData>");
    auto end = xml.find("</sheetData>") + 12;
    xml.replace(start, end - start, sheet_data);
    return read_entries(entries);
}

}  // namespace

TEST_CASE("cached values of formulas, formula strings, errors, booleans and ISO dates") {
    workbook book = with_first_row(
        "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c>"
        "<c r=\"B1\" s=\"2\"><f>DATE(2018,1,23)</f><v>43123</v></c>"
        "<c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab_x000D_</v></c>"
        "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        "<c r=\"E1\" t=\"b\"><v>true</v></c>"
        "<c r=\"F1\" t=\"d\"><v>2019-03-31T14:30:00Z</v></c>"
        "<c r=\"G1\" t=\"d\" s=\"2\"><v>2019-03-31T00:00:00</v></c>"
        "<c r=\"H1\" t=\"str\"><f>\"\"</f><v></v></c></row>");
    const sheet& s = book.sheets.at(0);
    CHECK(s.find(0, 0)->type == cell_type::number);
    CHECK(s.find(0, 0)->number == 2);
    CHECK(s.find(0, 1)->type == cell_type::date);
    CHECK(s.find(0, 1)->text == "2018-01-23");
    CHECK(s.find(0, 2)->type == cell_type::string);
    CHECK(s.find(0, 2)->text == "ab\r");
    CHECK(s.find(0, 3)->type == cell_type::error);
    CHECK(s.find(0, 3)->text == "#DIV/0!");
    CHECK(s.find(0, 4)->type == cell_type::boolean);
    CHECK(s.find(0, 4)->number == 1);
    CHECK(s.find(0, 5)->type == cell_type::date);
    CHECK(s.find(0, 5)->text == "2019-03-31T14:30:00");
    CHECK(s.find(0, 6)->text == "2019-03-31");
    CHECK(s.find(0, 7) == nullptr);
}

TEST_CASE("cells without a value are no cells") {
    workbook book = read_entries(package_entries(fixture_bytes(atagande)));
    CHECK(book.sheets.at(0).find(11, 2) == nullptr);  // <c r="C12" s="5" t="n"></c>
}

TEST_CASE("cells and rows without r follow the previous ones") {
    workbook book = with_sheet_data(
        "<sheetData><row><c t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C1\"><v>3</v></c><c><v>4</v></c></row>"
        "<row><c><v>1</v></c></row><row r=\"5\" hidden=\"1\"><c r=\"B5\"><v>5</v></c><c><v>6</v></c></row>"
        "<row hidden=\"true\"><c><v>7</v></c></row></sheetData>");
    const sheet& s = book.sheets.at(0);
    std::vector<std::string> places;
    for (const cell& c : s.cells) places.push_back(format_a1(c.row, c.col));
    CHECK(places == std::vector<std::string>{"A1", "C1", "D1", "A2", "B5", "C5", "A6"});
    CHECK(s.find(5, 0)->number == 7);
    CHECK(s.hidden_rows == std::vector<std::uint32_t>{4, 5});
}

TEST_CASE("shared strings: rich-text runs joined, phonetic runs dropped, escapes decoded") {
    auto entries = package_entries(fixture_bytes("uppfoljning/verksamhetsplan-2019.libreoffice.xlsx"));
    replace_all(entry_content(entries, "xl/sharedStrings.xml"),
                "<si><t xml:space=\"preserve\">Uppföljning av förvaltningens verksamhet och utveckling</t></si>",
                "<si><r><rPr><b val=\"true\"/></rPr><t>Uppföljning</t></r><r><t xml:space=\"preserve\"> av_x000D_\n"
                "</t></r><rPh sb=\"0\" eb=\"1\"><t>ウ</t></rPh><r><t>_x005F_x000D_</t></r></si>");
    workbook book = read_entries(entries);
    const sheet& s = book.sheets.at(0);
    CHECK(s.find(0, 0)->text == "Uppföljning av\r\n_x000D_");
    CHECK(s.find(1, 0)->text.starts_with("Förvaltningens aktiviteter"));
}

}  // namespace mk::test

namespace mk::test {

TEST_CASE("a number with a percent format (built-in 9, or a code with %) is marked a percentage") {
    auto entries = package_entries(fixture_bytes(atagande));
    std::string& styles = entry_content(entries, "xl/styles.xml");
    auto end = styles.find("</cellXfs>");
    REQUIRE(end != std::string::npos);
    // Styles 12 and 13 after the fixture's twelve: "0%" built in, and a code of its own.
    styles.insert(end, "<xf numFmtId=\"9\"/><xf numFmtId=\"170\"/>");
    auto formats = styles.find("</numFmts>");
    REQUIRE(formats != std::string::npos);
    styles.insert(formats, "<numFmt numFmtId=\"170\" formatCode=\"0.0 %\"/>");
    std::string& xml = entry_content(entries, atagande_sheet);
    auto start = xml.find("<row r=\"1\">");
    xml.replace(start, xml.find("</row>", start) + 6 - start,
                "<row r=\"1\"><c r=\"A1\" s=\"12\"><v>0.85</v></c><c r=\"B1\" s=\"13\"><v>0.075</v></c>"
                "<c r=\"C1\"><v>0.85</v></c></row>");
    workbook book = read_entries(entries);
    const sheet& s = book.sheets.at(0);
    CHECK(s.find(0, 0)->type == cell_type::number);
    CHECK(s.find(0, 0)->number == 0.85);
    CHECK(s.find(0, 0)->percent);
    CHECK(s.find(0, 1)->percent);
    CHECK_FALSE(s.find(0, 2)->percent);
}

}  // namespace mk::test
