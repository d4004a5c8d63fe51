// Strict OOXML and unusual prefixes read like the transitional default namespace: the same fixture
// rewritten inside the test gives the same workbook.
#include <doctest/doctest.h>

#include <regex>

#include "converters/xlsx/read.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

constexpr std::string_view transitional_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view transitional_relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

constexpr std::pair<std::string_view, std::string_view> strict_spellings[] = {
    {transitional_main, "http://purl.oclc.org/ooxml/spreadsheetml/main"},
    {transitional_relationships, "http://purl.oclc.org/ooxml/officeDocument/relationships"},
};

bool is_xml_part(const zip_entry& entry) { return entry.name.ends_with(".xml") || entry.name.ends_with(".rels"); }

}  // namespace

TEST_CASE("strict OOXML namespaces and relationship types read like transitional ones") {
    for (const char* fixture :
         {"uppfoljning/verksamhetsplan-2019.libreoffice.xlsx", "uppfoljning/atagande-2018.xlsx"}) {
        INFO(fixture);
        std::string bytes = fixture_bytes(fixture);
        auto entries = package_entries(bytes);
        int rewritten = 0;
        for (zip_entry& entry : entries) {
            if (!is_xml_part(entry)) continue;
            for (auto [from, to] : strict_spellings) {
                if (entry.content.find(from) == std::string::npos) continue;
                replace_all(entry.content, from, to);
                ++rewritten;
            }
        }
        CHECK(rewritten >= 5);
        check_same_workbook(read_entries(entries), read_xlsx(bytes));
    }
}

TEST_CASE("SpreadsheetML under a prefix (x:c) reads like the default namespace") {
    std::string bytes = fixture_bytes("uppfoljning/atagande-2018.xlsx");
    auto entries = package_entries(bytes);
    const std::regex unprefixed_tag("<(/?)([A-Za-z][A-Za-z0-9]*)([\\s/>])");
    for (const char* part : {"xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"}) {
        std::string& xml = entry_content(entries, part);
        replace_all(xml, "xmlns=\"" + std::string(transitional_main), "xmlns:x=\"" + std::string(transitional_main));
        xml = std::regex_replace(xml, unprefixed_tag, "<$1x:$2$3");
    }
    CHECK(entry_content(entries, "xl/worksheets/sheet1.xml").find("<x:c r=\"B1\"") != std::string::npos);
    workbook prefixed = read_entries(entries);
    CHECK(prefixed.sheets.at(0).find(0, 1)->text == "2018-01-23");
    check_same_workbook(prefixed, read_xlsx(bytes));
}

TEST_CASE("sheets are found through the workbook's relationships, not by their file names") {
    auto entries = package_entries(fixture_bytes("skolor/skolor.xlsx"));
    std::string& rels = entry_content(entries, "xl/_rels/workbook.xml.rels");
    replace_all(rels, "/xl/worksheets/sheet1.xml", "/xl/worksheets/first.xml");
    replace_all(rels, "/xl/worksheets/sheet2.xml", "/xl/worksheets/sheet1.xml");
    replace_all(rels, "/xl/worksheets/first.xml", "/xl/worksheets/sheet2.xml");
    workbook book = read_entries(entries);
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets[0].name == "Skolor");
    CHECK(book.sheets[0].find(0, 0)->text == "Nyckel");
    CHECK(book.sheets[1].find(0, 0)->text == "Skolenhetskod");
}

}  // namespace mk::test
