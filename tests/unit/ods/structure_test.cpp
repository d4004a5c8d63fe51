// Where rows, columns and sheets may be in content.xml, where hidden sheets are declared, and the
// packages that are no readable spreadsheet.
#include <doctest/doctest.h>

#include "converters/ods/read.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {
namespace {

constexpr std::string_view first_row_start =
    "<table:table-row table:style-name=\"ro1\"><table:table-cell "
    "office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Vad";
constexpr std::string_view third_row_start =
    "<table:table-row table:style-name=\"ro1\" table:visibility=\"collapse\">"
    "<table:table-cell office:value-type=\"string\" "
    "calcext:value-type=\"string\"><text:p>Heltal";

}  // namespace

TEST_CASE("rows inside header rows and nested row groups are read in document order") {
    std::vector<zip_entry> entries = features_entries();
    std::string& content = entry_content(entries, "content.xml");
    // Row 1 becomes a header row, rows 2 and on a group holding a group.
    replace_all(content, first_row_start, "<table:table-header-rows>" + std::string(first_row_start));
    std::string second_row_start =
        "</table:table-row><table:table-row table:style-name=\"ro1\"><table:table-cell "
        "office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Tal";
    replace_all(content, second_row_start,
                "</table:table-row></table:table-header-rows><table:table-row-group><table:table-row-group>" +
                    second_row_start.substr(std::string_view("</table:table-row>").size()));
    replace_all(content, "</table:table><table:table table:name=\"Dold\"",
                "</table:table-row-group></table:table-row-group></table:table><table:table table:name=\"Dold\"");
    check_same_workbook(read_ods_entries(entries), read_ods_entries(features_entries()));
}

TEST_CASE("columns inside column groups keep their place and visibility") {
    workbook book = read_features_with(
        "<table:table-column table:style-name=\"co2\" table:visibility=\"collapse\" "
        "table:default-cell-style-name=\"Default\"/>",
        "<table:table-column-group><table:table-header-columns><table:table-column table:style-name=\"co2\" "
        "table:visibility=\"collapse\" table:default-cell-style-name=\"Default\"/></table:table-header-columns>"
        "</table:table-column-group>");
    CHECK(book.sheets[0].hidden_cols == std::vector<std::uint32_t>{2});
}

TEST_CASE("rows and columns hidden without end are hidden down to the last copy of a repeated cell") {
    workbook book = read_ods(synthetic_ods(
        "<table:table table:name=\"Blad\"><table:table-column table:visibility=\"collapse\" "
        "table:number-columns-repeated=\"16384\"/><table:table-row table:visibility=\"collapse\" "
        "table:number-rows-repeated=\"3\"><table:table-cell office:value-type=\"string\"><text:p>x</text:p>"
        "</table:table-cell><table:table-cell/><table:table-cell table:number-columns-repeated=\"2\" "
        "office:value-type=\"string\"><text:p>y</text:p></table:table-cell></table:table-row>"
        "<table:table-row table:visibility=\"collapse\" table:number-rows-repeated=\"1000\"/></table:table>"));
    CHECK(book.sheets[0].cells.size() == 9);
    CHECK(book.sheets[0].hidden_rows == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(book.sheets[0].hidden_cols == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("a row hidden by a filter is hidden") {
    workbook book = read_features_with(
        third_row_start, std::string(third_row_start).replace(third_row_start.find("collapse"), 8, "filter"));
    CHECK(book.sheets[0].hidden_rows == std::vector<std::uint32_t>{2, 4});
}

TEST_CASE("a sheet hidden by a table style in styles.xml is hidden") {
    std::vector<zip_entry> entries = features_entries();
    replace_all(entry_content(entries, "content.xml"), "table:name=\"Sist\" table:style-name=\"ta3\"",
                "table:name=\"Sist\" table:style-name=\"Gömd\"");
    replace_all(entry_content(entries, "styles.xml"), "<office:automatic-styles>",
                "<office:automatic-styles><style:style style:name=\"Gömd\" style:family=\"table\">"
                "<style:table-properties table:display=\"false\"/></style:style>");
    workbook book = read_ods_entries(entries);
    CHECK(book.sheets[1].visibility == sheet_visibility::hidden);
    CHECK(book.sheets[2].name == "Sist");
    CHECK(book.sheets[2].visibility == sheet_visibility::hidden);
    CHECK(book.sheets[0].visibility == sheet_visibility::visible);
}

TEST_CASE("a package without mimetype, manifest and styles.xml is still read") {
    std::vector<zip_entry> entries;
    for (zip_entry& entry : features_entries())
        if (entry.name != "mimetype" && entry.name != "META-INF/manifest.xml" && entry.name != "styles.xml")
            entries.push_back(std::move(entry));
    workbook book = read_ods_entries(entries);
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[1].visibility == sheet_visibility::hidden);  // its style is in content.xml
}

TEST_CASE("packages that hold no readable spreadsheet are refused with their reason") {
    std::vector<zip_entry> entries;
    for (zip_entry& entry : features_entries())
        if (entry.name != "content.xml") entries.push_back(std::move(entry));
    CHECK(error_code_of([&] { read_ods_entries(entries); }) == "ods.no_content");
    CHECK(error_code_of([&] { read_ods(fixture_bytes("malkedja/grundskolenamnden-arbetsplan.odt")); }) ==
          "ods.not_spreadsheet");
    CHECK(error_code_of([&] { read_features_with("table:name=\"Dold\" ", ""); }) == "ods.no_sheet_name");
    CHECK(error_code_of([&] { read_ods(std::string_view("not a zip")); }) != "");
}

}  // namespace mk::test
