// The shared string table: its texts packed into blocks, and read on a thread of its own while the
// sheets are read, with the errors and the memory budget of reading it first.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/xlsx/shared_strings.hpp"
#include "src/core/memory_budget.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

constexpr std::string_view plan = "uppfoljning/verksamhetsplan-2019.libreoffice.xlsx";  // 87 shared strings
constexpr std::string_view plan_sheet = "xl/worksheets/sheet1.xml";
constexpr std::string_view plan_strings = "xl/sharedStrings.xml";

// The plan's package with extra texts ("extra 0", "extra 1", …) after its own shared strings, many
// batches of those the reading thread hands on at a time, then tail.
std::vector<zip_entry> with_extra_strings(std::size_t extra, std::string_view tail = "") {
    auto entries = package_entries(fixture_bytes(plan));
    std::string more;
    for (std::size_t i = 0; i < extra; ++i) more += "<si><t>extra " + std::to_string(i) + "</t></si>";
    replace_all(entry_content(entries, plan_strings), "</sst>", more + std::string(tail) + "</sst>");
    return entries;
}

}  // namespace

TEST_CASE("shared strings: every kept text reads back as kept, however long") {
    std::vector<std::string> added;
    for (std::size_t i = 0; i < 3000; ++i) {
        std::size_t length = i % 7 == 0 ? 0 : (i * 7919) % 2000;
        if (i % 500 == 1) length = (1 << 20) + i;  // longer than a block
        if (i % 500 == 2) length = (1 << 18) + 1;  // just over a quarter block
        added.push_back(std::string(length, static_cast<char>('a' + i % 26)));
    }
    xlsx::text_store store;
    std::vector<std::string_view> kept;
    for (const std::string& text : added) kept.push_back(store.keep(text, "xl/sharedStrings.xml"));
    for (std::size_t i = 0; i < added.size(); ++i) {
        INFO(i);
        CHECK(kept[i] == added[i]);
    }
}

TEST_CASE("shared strings: a cell gets its text from far beyond the first batches, the others theirs") {
    workbook before = read_entries(package_entries(fixture_bytes(plan)));
    auto entries = with_extra_strings(20000);
    replace_all(entry_content(entries, plan_sheet), "<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c>",
                "<c r=\"A1\" s=\"1\" t=\"s\"><v>20086</v></c>");
    workbook after = read_entries(entries);
    CHECK(after.sheets.at(0).find(0, 0)->text == "extra 19999");
    for (std::uint32_t row = 1; row < 57; ++row)
        for (std::uint32_t col = 0; col < 5; ++col) {
            const cell* was = before.sheets.at(0).find(row, col);
            const cell* is = after.sheets.at(0).find(row, col);
            REQUIRE((was == nullptr) == (is == nullptr));
            if (was) CHECK(is->text == was->text);
        }
}

TEST_CASE("shared strings: a cell past the table's end names the number and how many there are") {
    auto entries = with_extra_strings(20000);
    replace_all(entry_content(entries, plan_sheet), "<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c>",
                "<c r=\"A1\" s=\"1\" t=\"s\"><v>20087</v></c>");
    std::string text = error_text_of([&] { read_entries(entries); });
    CHECK(text.find("\"20087\"") != std::string::npos);
    CHECK(text.find("20087)") != std::string::npos);
    CHECK(error_code_of([&] { read_entries(entries); }) == "xlsx.bad_shared_string");
}

TEST_CASE("shared strings: damaged after every text the cells use, the file is still refused for them") {
    auto entries = with_extra_strings(20000, "<si><t>cut</si>");
    CHECK(error_code_of([&] { read_entries(entries); }) == "xml.invalid");
    CHECK(error_text_of([&] { read_entries(entries); }).find("xl/sharedStrings.xml") != std::string::npos);
}

TEST_CASE("shared strings: a sheet's error while they are read is the sheet's, theirs when both are damaged") {
    auto entries = with_extra_strings(50000);
    replace_all(entry_content(entries, plan_sheet), "<sheetData>", "<sheetData><row>");
    CHECK(error_text_of([&] { read_entries(entries); }).find(std::string(plan_sheet)) != std::string::npos);
    replace_all(entry_content(entries, plan_strings), "</sst>", "<si></sst>");
    CHECK(error_text_of([&] { read_entries(entries); }).find(std::string(plan_strings)) != std::string::npos);
}

TEST_CASE("shared strings: their thread's texts count against the budget of the load") {
    std::string long_text;  // varied, so that it does not inflate like a zip bomb
    for (std::uint32_t i = 0, x = 1; i < (3u << 20); ++i)
        long_text += static_cast<char>('a' + (x = x * 1103515245 + 12345) % 26);
    auto entries = with_extra_strings(0, "<si><t>" + long_text + "</t></si>");
    CHECK(error_code_of([&] {
              memory_budget budget(2 << 20);
              read_entries(entries);
          }) == "memory.budget");
    CHECK(error_code_of([&] {
              memory_budget budget(64 << 20);
              read_entries(entries);
          }) == "");
}

}  // namespace mk::test
