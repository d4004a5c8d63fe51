// The .xls files LibreOffice wrote ("MS Excel 97") from openpyxl files and the seed follow-ups, read
// through FreeXL: sheets, text, numbers and dates as the .xlsx reader gives their twins.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "converters/xls/read.hpp"
#include "converters/xlsx/read.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/xls/xls_files.hpp"

namespace mk::test {

TEST_CASE("features.xls: every sheet in order, hidden ones too, with their names") {
    workbook book = read_xls(xls_bytes("features.xls"));
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[0].name == "Data");
    CHECK(book.sheets[1].name == "Dold");
    CHECK(book.sheets[2].name == "Mycket dold");
    CHECK(cell_at(book.sheets[2], "A1").text == "mycket dold");
}

TEST_CASE("features.xls: text, numbers, dates, date-times and times as the .xlsx reader gives them") {
    const sheet s = read_xls(xls_bytes("features.xls")).sheets.at(0);
    CHECK(cell_at(s, "B1").type == cell_type::string);
    CHECK(cell_at(s, "B1").text == "Värde");
    CHECK(cell_at(s, "B17").text == "  två rader\nmed mellanslag  ");
    CHECK(cell_at(s, "B10").type == cell_type::number);
    CHECK(cell_at(s, "B10").number == 0.1);
    CHECK(cell_at(s, "B12").number == 42);
    for (auto [ref, text] : {std::pair{"B2", "2019-03-31"},
                             {"B3", "2019-03-31T14:30:00"},
                             {"B4", "1900-01-01"},
                             {"B5", "1900-02-28"},
                             {"B6", "1900-03-01"},
                             {"B7", "2018-01-23"},
                             {"B8", "14:30:15"}}) {
        CAPTURE(ref);
        CHECK(cell_at(s, ref).type == cell_type::date);
        CHECK(cell_at(s, ref).text == text);
    }
}

TEST_CASE("features.xls: what FreeXL 1.0.6 does not give is empty, never made up") {
    const sheet s = read_xls(xls_bytes("features.xls")).sheets.at(0);
    // Booleans (B13, B14), an error (B15) and a formula's result (B16) come as empty cells, the merge
    // D1:E2 not at all: the reader falls back to reading merged goal cells by the fill-down rule.
    for (const char* ref : {"B13", "B14", "B15", "B16"}) {
        auto place = parse_a1(ref);
        CHECK_MESSAGE(s.find(place->first, place->second) == nullptr, ref);
    }
    CHECK(s.merges.empty());
    CHECK(cell_at(s, "D1").text == "Sammanfogad");
}

TEST_CASE("date1904.xls: dates and date-times in the 1904 system") {
    const sheet s = read_xls(xls_bytes("date1904.xls")).sheets.at(0);
    CHECK(s.name == "1904");
    CHECK(cell_at(s, "B1").text == "2019-03-31");
    CHECK(cell_at(s, "B2").text == "2019-03-31T14:30:00");
    CHECK(cell_at(s, "B6").text == "2018-01-23");
}

TEST_CASE("the seed follow-ups as .xls hold the cells of their .xlsx twins, without merges") {
    for (std::string_view stem : {"atagande-2018", "verksamhetsplan-2019"}) {
        CAPTURE(stem);
        workbook xls = read_xls(xls_bytes(std::string(stem) + ".xls"));
        workbook xlsx =
            read_xlsx(read_input_file(std::string(MK_FIXTURES) + "/uppfoljning/" + std::string(stem) + ".xlsx"));
        REQUIRE(xls.sheets.size() == xlsx.sheets.size());
        for (std::size_t i = 0; i < xls.sheets.size(); ++i) {
            const sheet& a = xls.sheets[i];
            const sheet& b = xlsx.sheets[i];
            CHECK(a.name == b.name);
            CHECK(a.merges.empty());
            REQUIRE(a.cells.size() == b.cells.size());
            for (std::size_t k = 0; k < a.cells.size(); ++k) {
                CAPTURE(format_a1(b.cells[k].row, b.cells[k].col));
                CHECK(a.cells[k].row == b.cells[k].row);
                CHECK(a.cells[k].col == b.cells[k].col);
                CHECK(a.cells[k].type == b.cells[k].type);
                CHECK(a.cells[k].text == b.cells[k].text);
            }
        }
    }
}

TEST_CASE("the registry detects .xls by its workbook stream and reads it") {
    std::string bytes = xls_bytes("verksamhetsplan-2019.xls");
    CHECK(detect_format(bytes).name == "xls");
    CHECK(read_workbook(bytes, "x").sheets.at(0).name == "Uppföljning 2019");
}

}  // namespace mk::test
