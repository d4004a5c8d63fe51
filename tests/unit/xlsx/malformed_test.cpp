// Damaged and hostile worksheets: a real package with one piece of a part replaced, which must
// give an mk::error naming the sheet and the place, or be read without loops over huge ranges.
#include <doctest/doctest.h>

#include "converters/xlsx/read.hpp"
#include "tests/unit/time_limit.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

constexpr std::string_view atagande = "uppfoljning/atagande-2018.xlsx";
constexpr std::string_view atagande_sheet = "xl/worksheets/sheet1.xml";
constexpr std::string_view libreoffice = "uppfoljning/verksamhetsplan-2019.libreoffice.xlsx";

struct outcome {
    std::string code;
    std::string text;
};

// What reading fixture gives once `from` is replaced by `to` in its part.
outcome read_changed(std::string_view fixture, std::string_view part, std::string_view from, std::string_view to) {
    auto entries = package_entries(fixture_bytes(fixture));
    replace_all(entry_content(entries, part), from, to);
    auto action = [&] { read_entries(entries); };
    return {error_code_of(action), error_text_of(action)};
}

outcome sheet_changed(std::string_view from, std::string_view to) {
    return read_changed(atagande, atagande_sheet, from, to);
}

}  // namespace

TEST_CASE("an invalid cell reference is an error naming the sheet and the reference") {
    for (const std::string& bad : std::vector<std::string>{"A0", "XFE1", "A1048577", std::string(50, 'B') + "1", "1A",
                                                           "B", "", "B2:C3", "B-2"}) {
        INFO(bad);
        outcome result = sheet_changed("<c r=\"B2\"", "<c r=\"" + bad + "\"");
        CHECK(result.code == "xlsx.bad_reference");
        CHECK(result.text.find("Åtagande 2018") != std::string::npos);
        CHECK(result.text.find("\"" + bad + "\"") != std::string::npos);
    }
    CHECK(sheet_changed("<c r=\"B2\"", "<c r=\"XFD1048576\"").code.empty());
}

TEST_CASE("an invalid row number is an error") {
    for (const char* bad : {"0", "1048577", "-1", "2.0", "x", "99999999999"}) {
        INFO(bad);
        CHECK(sheet_changed("<row r=\"2\">", std::string("<row r=\"") + bad + "\">").code == "xlsx.bad_row");
    }
}

TEST_CASE("rows and cells without r may not run past the last row and column") {
    CHECK(sheet_changed("<row r=\"48\">", "<row r=\"1048576\"></row><row>").code == "xlsx.too_many_rows");
    std::string crowded = "<row r=\"2\"><c r=\"XFD2\"><v>1</v></c><c><v>2</v></c></row><row r=\"99\">";
    CHECK(sheet_changed("<row r=\"2\">", crowded).code == "xlsx.too_many_columns");
}

TEST_CASE("a shared string index out of range is an error naming the cell") {
    for (const char* bad : {"87", "4294967295", "-1", "x"}) {
        INFO(bad);
        outcome result = read_changed(libreoffice, "xl/worksheets/sheet1.xml", "<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v>",
                                      std::string("<c r=\"A1\" s=\"1\" t=\"s\"><v>") + bad + "</v>");
        CHECK(result.code == "xlsx.bad_shared_string");
        CHECK(result.text.find("Uppföljning 2019\", cell A1") != std::string::npos);
    }
    CHECK(read_changed(libreoffice, "xl/worksheets/sheet1.xml", "<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v>",
                       "<c r=\"A1\" s=\"1\" t=\"s\"><v>86</v>")
              .code.empty());
}

TEST_CASE("a style index out of range is an error naming the cell") {
    outcome result = sheet_changed("<c r=\"B1\" s=\"2\"", "<c r=\"B1\" s=\"12\"");
    CHECK(result.code == "xlsx.bad_style_index");
    CHECK(result.text.find("Åtagande 2018\", cell B1") != std::string::npos);
    CHECK(sheet_changed("<c r=\"B1\" s=\"2\"", "<c r=\"B1\" s=\"x\"").code == "xlsx.bad_style_index");
    CHECK(sheet_changed("<c r=\"B1\" s=\"2\"", "<c r=\"B1\" s=\"11\"").code.empty());
}

TEST_CASE("a value that does not fit its cell type is an error") {
    for (const char* bad : {"4e5x", "inf", "nan", "1e999", " 1", "0x10", "1,5"}) {
        INFO(bad);
        CHECK(sheet_changed("<v>43123</v>", std::string("<v>") + bad + "</v>").code == "xlsx.bad_value");
    }
    CHECK(sheet_changed("t=\"n\"><v>43123</v>", "t=\"b\"><v>2</v>").code == "xlsx.bad_value");
    CHECK(sheet_changed("t=\"n\"><v>43123</v>", "t=\"d\"><v>23/01/2018</v>").code == "xlsx.bad_value");
    CHECK(sheet_changed("t=\"n\"><v>43123</v>", "t=\"x\"><v>1</v>").code == "xlsx.bad_cell_type");
}

TEST_CASE("a date serial outside the years 1 to 9999 stays a number") {
    auto entries = package_entries(fixture_bytes(atagande));
    replace_all(entry_content(entries, atagande_sheet), "<v>43123</v>", "<v>3000000</v>");
    workbook book = read_entries(entries);
    const cell* datum = book.sheets.at(0).find(0, 1);
    CHECK(datum->type == cell_type::number);
    CHECK(datum->number == 3000000);
}

TEST_CASE("an invalid merged range is an error") {
    outcome result = read_changed("uppfoljning/verksamhetsplan-2019.xlsx", "xl/worksheets/sheet1.xml",
                                  "<mergeCell ref=\"A1:E1\"/>", "<mergeCell ref=\"A1:XFE1\"/>");
    CHECK(result.code == "xlsx.bad_merge");
    CHECK(result.text.find("\"A1:XFE1\"") != std::string::npos);
}

TEST_CASE("hidden column ranges are capped at XFD and counted once, however often they are repeated") {
    std::string hostile;
    for (int i = 0; i < 20000; ++i) hostile += "<col min=\"1\" max=\"4294967295\" hidden=\"1\"/>";
    auto entries = package_entries(fixture_bytes(atagande));
    replace_all(entry_content(entries, atagande_sheet), "<cols>", "<cols>" + hostile);
    stopwatch watch;
    workbook book = read_entries(entries);
    CHECK(watch.seconds() < time_limit(2.0));
    const auto& hidden = book.sheets.at(0).hidden_cols;
    REQUIRE(hidden.size() == max_cols);
    CHECK(hidden.front() == 0);
    CHECK(hidden.back() == max_cols - 1);
}

TEST_CASE("an invalid hidden column range is an error, a visible one is not looked at") {
    for (const char* bad :
         {"min=\"0\" max=\"1\"", "min=\"3\" max=\"2\"", "min=\"16385\" max=\"16385\"", "min=\"x\" max=\"1\""}) {
        INFO(bad);
        CHECK(sheet_changed("<cols>", std::string("<cols><col ") + bad + " hidden=\"1\"/>").code ==
              "xlsx.bad_column_range");
    }
    CHECK(sheet_changed("<cols>", "<cols><col min=\"0\" max=\"0\" hidden=\"0\"/>").code.empty());
}

TEST_CASE("a sheet without its relationship is an error naming the sheet") {
    outcome result = read_changed(atagande, "xl/workbook.xml", "r:id=\"rId1\"", "r:id=\"rId9\"");
    CHECK(result.code == "xlsx.missing_sheet");
    CHECK(result.text.find("Åtagande 2018") != std::string::npos);
}

}  // namespace mk::test
