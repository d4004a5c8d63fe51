// write_ods, read back with read_ods: the same sheets, cells, merges and hidden rows and columns.
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/ods/read.hpp"
#include "converters/ods/write.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

// Each character XML 1.0 cannot hold (C0 controls but TAB, LF and CR; U+FFFE; U+FFFF) as U+FFFD.
std::string xml_safe(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        bool control = byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
        bool nonchar = text.compare(i, 3, "\xEF\xBF\xBE") == 0 || text.compare(i, 3, "\xEF\xBF\xBF") == 0;
        if (control || nonchar)
            out += "\xEF\xBF\xBD";
        else
            out += text[i];
        if (nonchar) i += 2;
    }
    return out;
}

bool covered(const sheet& s, const cell& c) {
    return std::any_of(s.merges.begin(), s.merges.end(), [&](const cell_range& m) {
        return c.row >= m.first_row && c.row <= m.last_row && c.col >= m.first_col && c.col <= m.last_col &&
               (c.row != m.first_row || c.col != m.first_col);
    });
}

// What read_ods gives for book: ODF has no very hidden sheets and (without LibreOffice's
// extensions) no error values; characters XML cannot hold are replaced; the reader skips the
// values of covered cells and hidden rows and columns beyond the last cell or merge.
workbook as_ods_reads_it(workbook book) {
    for (sheet& s : book.sheets) {
        if (s.visibility == sheet_visibility::very_hidden) s.visibility = sheet_visibility::hidden;
        std::erase_if(s.cells, [&](const cell& c) { return covered(s, c); });
        std::uint32_t last_row = 0, last_col = 0;
        for (cell& c : s.cells) {
            if (c.type == cell_type::error) c.type = cell_type::string;
            c.text = xml_safe(c.text);
            last_row = std::max(last_row, c.row);
            last_col = std::max(last_col, c.col);
        }
        for (const cell_range& m : s.merges) {
            last_row = std::max(last_row, m.last_row);
            last_col = std::max(last_col, m.last_col);
        }
        std::erase_if(s.hidden_rows, [&](std::uint32_t row) { return row > last_row; });
        std::erase_if(s.hidden_cols, [&](std::uint32_t col) { return col > last_col; });
    }
    return book;
}

const sheet_format ods{write_ods, read_ods, as_ods_reads_it};

}  // namespace

TEST_CASE("ods writer: the synthetic workbook reads back with every cell, merge and hidden row and column") {
    workbook book = synthetic_workbook();
    check_same_content(as_ods_reads_it(book), read_ods(write_ods(book)));
}

TEST_CASE("ods writer: each fixture read, written and read again gives the same workbook") {
    check_fixtures_round_trip(ods);
}

TEST_CASE("ods writer: the same workbook gives the same bytes") { check_deterministic(ods); }

TEST_CASE("ods writer: a sheet of 100,000 rows is written and read back quickly") { check_large_sheet(ods); }

}  // namespace mk::test
