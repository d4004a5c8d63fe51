// Sizes and counts a worksheet declares but does not hold: a <dimension> and shared-string counts
// that lie are never trusted, allocated from or looped over.
#include <doctest/doctest.h>

#include "converters/xlsx/read.hpp"
#include "tests/unit/time_limit.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

constexpr std::string_view libreoffice = "uppfoljning/verksamhetsplan-2019.libreoffice.xlsx";
constexpr std::string_view sheet_part = "xl/worksheets/sheet1.xml";
constexpr std::string_view strings_part = "xl/sharedStrings.xml";

}  // namespace

TEST_CASE("a <dimension> claiming the whole sheet changes nothing and costs nothing") {
    auto entries = package_entries(fixture_bytes(libreoffice));
    workbook honest = read_entries(entries);
    replace_all(entry_content(entries, sheet_part), "<dimension ref=\"A1:E57\"/>",
                "<dimension ref=\"A1:XFD1048576\"/>");
    stopwatch watch;
    workbook lying = read_entries(entries);
    CHECK(watch.seconds() < time_limit(1.0));
    check_same_workbook(lying, honest);
}

TEST_CASE("a malformed <dimension> is ignored, as Excel does") {
    auto entries = package_entries(fixture_bytes(libreoffice));
    workbook honest = read_entries(entries);
    replace_all(entry_content(entries, sheet_part), "<dimension ref=\"A1:E57\"/>", "<dimension ref=\"Z0:A99999999\"/>");
    check_same_workbook(read_entries(entries), honest);
}

TEST_CASE("shared-string counts claiming four billion strings are not trusted") {
    auto entries = package_entries(fixture_bytes(libreoffice));
    workbook honest = read_entries(entries);
    replace_all(entry_content(entries, strings_part), "count=\"180\" uniqueCount=\"87\"",
                "count=\"4294967295\" uniqueCount=\"4294967295\"");
    stopwatch watch;
    check_same_workbook(read_entries(entries), honest);
    CHECK(watch.seconds() < time_limit(1.0));
}

TEST_CASE("an index trusting a lying count is out of range, naming the cell") {
    auto entries = package_entries(fixture_bytes(libreoffice));
    replace_all(entry_content(entries, strings_part), "count=\"180\" uniqueCount=\"87\"",
                "count=\"4294967295\" uniqueCount=\"4294967295\"");
    std::string& sheet = entry_content(entries, sheet_part);
    std::size_t value = sheet.find("<v>", sheet.find("t=\"s\""));
    REQUIRE(value != std::string::npos);
    sheet.replace(value + 3, sheet.find("</v>", value) - value - 3, "4294967294");
    std::string text = error_text_of([&] { read_entries(entries); });
    CHECK(error_code_of([&] { read_entries(entries); }) == "xlsx.bad_shared_string");
    CHECK(text.find("4294967294") != std::string::npos);
}

}  // namespace mk::test
