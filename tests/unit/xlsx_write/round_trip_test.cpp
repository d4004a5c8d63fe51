// write_xlsx, read back with read_xlsx: the same sheets, cells, merges and hidden rows and columns.
#include <doctest/doctest.h>

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

const sheet_format xlsx{write_xlsx, read_xlsx, as_xlsx_reads_it};

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
    check_fixtures_round_trip(xlsx);
}

TEST_CASE("xlsx writer: the same workbook gives the same bytes") { check_deterministic(xlsx); }

TEST_CASE("xlsx writer: a sheet of 100,000 rows is written and read back quickly") { check_large_sheet(xlsx); }

}  // namespace mk::test
