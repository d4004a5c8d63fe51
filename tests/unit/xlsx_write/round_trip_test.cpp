// write_xlsx, read back with read_xlsx: the same sheets, cells, merges and hidden rows and columns.
#include <doctest/doctest.h>

#include <chrono>

#include "converters/package/zip.hpp"
#include "converters/xlsx/read.hpp"
#include "converters/xlsx/write.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

// What read_xlsx gives for book: error texts Excel does not know become strings.
workbook as_xlsx_reads_it(workbook book) {
    for (sheet& s : book.sheets)
        for (cell& c : s.cells)
            if (c.type == cell_type::error && c.text != "#N/A" && c.text != "#DIV/0!" && c.text != "#VALUE!" &&
                c.text != "#REF!" && c.text != "#NAME?" && c.text != "#NUM!" && c.text != "#NULL!")
                c.type = cell_type::string;
    return book;
}

}  // namespace

TEST_CASE("xlsx writer: the synthetic workbook reads back with every cell, merge and hidden row and column") {
    workbook book = synthetic_workbook();
    check_same_content(book, read_xlsx(write_xlsx(book)));
}

TEST_CASE("xlsx writer: every special text reads back unchanged, also a carriage return") {
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = "Tecken";
    std::uint32_t row = 0;
    for (const std::string& text : special_texts()) s.cells.push_back({row++, 0, cell_type::string, text});
    s.cells.push_back({row++, 0, cell_type::string, "windows\r\nline end and a lone \r"});
    check_same_content(book, read_xlsx(write_xlsx(book)));
}

TEST_CASE("xlsx writer: each fixture read, written and read again gives the same workbook") {
    for (const std::string& path : spreadsheet_fixtures()) {
        INFO("fixture " << path);
        workbook book = read_fixture_workbook(path);
        check_same_content(as_xlsx_reads_it(book), read_xlsx(write_xlsx(book)));
    }
}

TEST_CASE("xlsx writer: the same workbook gives the same bytes") {
    workbook book = synthetic_workbook();
    std::string first = write_xlsx(book);
    workbook copy = book;
    CHECK(write_xlsx(copy) == first);
    CHECK(write_xlsx(book) == first);
}

TEST_CASE("xlsx writer: a sheet of 100,000 rows is written and read back quickly") {
    workbook book = large_workbook(100'000);
    auto start = std::chrono::steady_clock::now();
    std::string bytes = write_xlsx(book);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 10);
    workbook back = read_xlsx(bytes);
    REQUIRE(back.sheets.size() == 1);
    CHECK(back.sheets[0].cells.size() == 400'000);
    check_same_content(book, back);
}

}  // namespace mk::test
