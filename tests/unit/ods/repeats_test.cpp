// Repeat and span counts are claims of the file: empty repeats cost nothing, repeats with content
// are capped, and nothing with content may lie beyond the largest sheet.
#include <doctest/doctest.h>

#include "converters/ods/read.hpp"
#include "tests/unit/ods/ods_edit.hpp"
#include "tests/unit/time_limit.hpp"

namespace mk::test {
namespace {

// A synthetic table (hostile cases only) named T holding rows_xml.
std::string table(std::string_view rows_xml) {
    return "<table:table table:name=\"T\">" + std::string(rows_xml) + "</table:table>";
}

std::string text_cell(std::string_view attributes, std::string_view text) {
    return "<table:table-cell office:value-type=\"string\" " + std::string(attributes) + "><text:p>" +
           std::string(text) + "</text:p></table:table-cell>";
}

}  // namespace

TEST_CASE("a content.xml claiming billions of non-empty cells is refused, quickly") {
    // Hostile: one row of 16384 cells with content, repeated a million times.
    std::string bytes =
        synthetic_ods(table("<table:table-row table:number-rows-repeated=\"1000000\">" +
                            text_cell("table:number-columns-repeated=\"16384\"", "x") + "</table:table-row>"));
    stopwatch watch;
    CHECK(error_code_of([&] { read_ods(bytes); }) == "ods.too_many_cells");
    CHECK(watch.seconds() < time_limit(2));
}

TEST_CASE("the cap on repeated cells holds for the whole workbook, not per sheet") {
    // Hostile: three sheets of 1000 × 1000 repeated cells each, 3 000 000 in all.
    std::string one = "<table:table-row table:number-rows-repeated=\"1000\">" +
                      text_cell("table:number-columns-repeated=\"1000\"", "x") + "</table:table-row>";
    std::string tables = "<table:table table:name=\"A\">" + one + "</table:table><table:table table:name=\"B\">" + one +
                         "</table:table><table:table table:name=\"C\">" + one + "</table:table>";
    std::string text = error_text_of([&] { read_ods(synthetic_ods(tables)); });
    CHECK(text.find("bladet \"C\"") != std::string::npos);
    CHECK(text.find("2000000 celler") != std::string::npos);
}

TEST_CASE("long repeated text counts against the cap on text") {
    // Hostile: a 100 000-character cell repeated in 16384 columns and 1000 rows (1.6 GB of text).
    std::string row = "<table:table-row table:number-rows-repeated=\"1000\">" +
                      text_cell("table:number-columns-repeated=\"16384\"", std::string(100000, 'x')) +
                      "</table:table-row>";
    CHECK(error_code_of([&] { read_ods(synthetic_ods(table(row))); }) == "ods.too_many_cells");
}

TEST_CASE("empty repeats far beyond the sheet's end are skipped without work") {
    // LibreOffice's own trailer of 1048553 empty rows, made absurd: 2^64-1 empty rows of 2^64-1
    // empty cells after the data.
    stopwatch watch;
    workbook book = read_features_with(
        "table:number-rows-repeated=\"1048553\"><table:table-cell table:number-columns-repeated=\"16384\"/>",
        "table:number-rows-repeated=\"18446744073709551615\"><table:table-cell "
        "table:number-columns-repeated=\"99999999999999999999999\"/>");
    CHECK(watch.seconds() < time_limit(2));
    const sheet& s = book.sheets[0];
    CHECK(format_a1(s.cells.back().row, s.cells.back().col) == "A22");
}

TEST_CASE("content after the last row or column of a sheet is refused") {
    // Hostile: empty repeats that push a cell with content beyond the limits.
    std::string after_rows =
        "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell/>"
        "</table:table-row><table:table-row>" +
        text_cell("", "x") + "</table:table-row>";
    CHECK(error_code_of([&] { read_ods(synthetic_ods(table(after_rows))); }) == "ods.out_of_range");
    std::string after_cols = "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"/>" +
                             text_cell("", "x") + "</table:table-row>";
    std::string text = error_text_of([&] { read_ods(synthetic_ods(table(after_cols))); });
    CHECK(text.find("bladet \"T\", rad 1, kolumn 16385") != std::string::npos);
    std::string repeated_past =
        "<table:table-row>" + text_cell("table:number-columns-repeated=\"16385\"", "x") + "</table:table-row>";
    CHECK(error_code_of([&] { read_ods(synthetic_ods(table(repeated_past))); }) == "ods.out_of_range");
    std::string rows_past =
        "<table:table-row table:number-rows-repeated=\"1048577\">" + text_cell("", "x") + "</table:table-row>";
    CHECK(error_code_of([&] { read_ods(synthetic_ods(table(rows_past))); }) == "ods.out_of_range");
}

TEST_CASE("a cell with content may fill the very last row and column") {
    std::string last =
        "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell/></table:table-row>"
        "<table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>" +
        text_cell("", "x") + "</table:table-row>";
    workbook book = read_ods(synthetic_ods(table(last)));
    REQUIRE(book.sheets[0].cells.size() == 1);
    CHECK(format_a1(book.sheets[0].cells[0].row, book.sheets[0].cells[0].col) == "XFD1048576");
}

TEST_CASE("spans become merges, cut at the sheet's end, covered cells hold no value") {
    workbook book = read_features_with("table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\"",
                                       "table:number-columns-spanned=\"2\" table:number-rows-spanned=\"99999999999\"");
    const sheet& s = book.sheets[0];
    REQUIRE(!s.merges.empty());
    CHECK(format_range(s.merges[0]) == "D1:E1048576");
    workbook wide = read_features_with("table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\"",
                                       "table:number-columns-spanned=\"18446744073709551615\"");
    REQUIRE(!wide.sheets[0].merges.empty());
    CHECK(format_range(wide.sheets[0].merges[0]) == "D1:XFD1");
    // Covered cells with content (LibreOffice keeps what a merge hides) still give no cell.
    workbook covered = read_features_with("<table:covered-table-cell/>",
                                          "<table:covered-table-cell office:value-type=\"string\">"
                                          "<text:p>Dold text</text:p></table:covered-table-cell>");
    CHECK(covered.sheets[0].find(0, 4) == nullptr);
}

TEST_CASE("hidden columns repeated without end hide only the columns up to the last cell") {
    workbook book = read_features_with(
        "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"16381\" "
        "table:default-cell-style-name=\"Default\"/>",
        "<table:table-column table:style-name=\"co1\" table:visibility=\"collapse\" "
        "table:number-columns-repeated=\"99999999999999\" table:default-cell-style-name=\"Default\"/>");
    CHECK(book.sheets[0].hidden_cols == std::vector<std::uint32_t>{2, 3, 4});
}

TEST_CASE("malformed repeat counts are reported with the sheet and the cell") {
    for (std::string_view count : {"0", "-1", "tre", ""}) {
        INFO(count);
        std::string row = "<table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated=\"" +
                          std::string(count) + "\"/></table:table-row>";
        std::string text = error_text_of([&] { read_ods(synthetic_ods(table(row))); });
        CHECK(text.find("bladet \"T\", cell B1") != std::string::npos);
        CHECK(error_code_of([&] { read_ods(synthetic_ods(table(row))); }) == "ods.bad_count");
    }
}

}  // namespace mk::test
