// The .xls files LibreOffice wrote ("MS Excel 97") from openpyxl files and the seed follow-ups, and
// xlwt's BOOLERR records: sheets, text, numbers, dates, formula results, booleans, errors, merges
// and fills as the .xlsx reader gives their twins.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "converters/xls/read.hpp"
#include "converters/xlsx/read.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/xls/xls_files.hpp"

namespace mk::test {
namespace {

// Checks that tests/data/xls/XLS_NAME reads as its .xlsx twin: the same sheets with the same names,
// merges and fills, and the same cells with the same type, text, number and percentage flag (a
// formula openpyxl stored without its result is skipped: the .xls holds LibreOffice's result).
void check_twin(const std::string& xls_name, const std::string& xlsx_path) {
    workbook xls = read_xls(xls_bytes(xls_name));
    workbook xlsx = read_xlsx(read_input_file(xlsx_path));
    REQUIRE(xls.sheets.size() == xlsx.sheets.size());
    for (std::size_t i = 0; i < xls.sheets.size(); ++i) {
        const sheet& a = xls.sheets[i];
        const sheet& b = xlsx.sheets[i];
        CHECK(a.name == b.name);
        CHECK(a.merges == b.merges);
        CHECK(a.fills == b.fills);
        CHECK(a.cells.size() == b.cells.size());
        for (const cell& c : b.cells) {
            if (c.text.starts_with("=")) continue;
            CAPTURE(format_a1(c.row, c.col));
            const cell* twin = a.find(c.row, c.col);
            REQUIRE(twin);
            CHECK(twin->type == c.type);
            CHECK(twin->text == c.text);
            CHECK(twin->number == c.number);
            CHECK(twin->percent == c.percent);
        }
    }
}

}  // namespace

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

TEST_CASE("features.xls: booleans, an error, a formula's result, a percentage, a duration and a merge") {
    const workbook book = read_xls(xls_bytes("features.xls"));
    const sheet& s = book.sheets.at(0);
    CHECK(cell_at(s, "B13").type == cell_type::boolean);
    CHECK(cell_at(s, "B13").number == 1);
    CHECK(cell_at(s, "B14").type == cell_type::boolean);
    CHECK(cell_at(s, "B14").number == 0);
    CHECK(cell_at(s, "B15").type == cell_type::error);
    CHECK(cell_at(s, "B15").text == "#N/A");
    // =SUM(B10:B11), worked out by LibreOffice (openpyxl's .xlsx twin stores no result).
    CHECK(cell_at(s, "B16").type == cell_type::number);
    CHECK(cell_at(s, "B16").number == doctest::Approx(0.35));
    // "[Red]0%", which FreeXL takes for a date, and "[h]:mm:ss", which it takes for a time of day.
    CHECK(cell_at(s, "B11").type == cell_type::number);
    CHECK(cell_at(s, "B11").percent);
    CHECK(cell_at(s, "B9").text == "36:00:00");
    CHECK(s.merges == std::vector{cell_range{0, 3, 1, 4}});
    // LibreOffice writes the very hidden sheet of the .xlsx as hidden (xlrd reads it so too).
    CHECK(book.sheets.at(1).visibility == sheet_visibility::hidden);
    CHECK(book.sheets.at(2).visibility == sheet_visibility::hidden);
}

TEST_CASE("features.xls and date1904.xls read as their .xlsx twins, cell by cell") {
    for (std::string_view stem : {"features", "date1904"}) {
        CAPTURE(stem);
        check_twin(std::string(stem) + ".xls",
                   std::string(MK_SOURCE_DIR) + "/tests/data/xlsx/" + std::string(stem) + ".xlsx");
    }
}

TEST_CASE("formulas.xls: the result LibreOffice stored for each kind of formula") {
    const workbook book = read_xls(xls_bytes("formulas.xls"));
    const sheet& s = book.sheets.at(0);
    CHECK(cell_at(s, "B1").number == 42);
    CHECK(cell_at(s, "B2").number == 0.85);
    CHECK(cell_at(s, "B2").percent);
    CHECK(cell_at(s, "B3").text == "2019-03-31");
    CHECK(cell_at(s, "B4").text == "2019-03-31T14:30:00");
    CHECK(cell_at(s, "B5").text == "36:00:00");
    CHECK(cell_at(s, "B6").type == cell_type::boolean);
    CHECK(cell_at(s, "B6").number == 1);
    CHECK(cell_at(s, "B7").type == cell_type::boolean);
    CHECK(cell_at(s, "B7").number == 0);
    CHECK(cell_at(s, "B8").text == "Målet är nått");
    CHECK(cell_at(s, "B9").text == "Ω ≥ 80 % —");
    CHECK(s.find(9, 1) == nullptr);  // ="" is no cell
    for (auto [ref, text] :
         {std::pair{"B11", "#DIV/0!"}, {"B12", "#N/A"}, {"B13", "#VALUE!"}, {"B14", "#NAME?"}, {"B15", "#REF!"}}) {
        CAPTURE(ref);
        CHECK(cell_at(s, ref).type == cell_type::error);
        CHECK(cell_at(s, ref).text == text);
    }
    CHECK(s.merges == std::vector{cell_range{0, 3, 1, 4}});
    CHECK(book.sheets.at(1).visibility == sheet_visibility::hidden);
}

TEST_CASE("formulas.xls: solid fills, empty cells included, in the workbook's own colours") {
    const sheet s = read_xls(xls_bytes("formulas.xls")).sheets.at(0);
    CHECK(s.fill_at(1, 2) == "C6EFCE");
    CHECK(s.fill_at(2, 2) == "FFEB9C");
    CHECK(s.fill_at(3, 2) == "FFC7CE");
    CHECK(s.fill_at(4, 2) == "123456");
    CHECK(s.fill_at(1, 1).empty());
}

TEST_CASE("long-text.xls: a formula's text continued over several records, 8-bit and 16-bit, and a surrogate pair") {
    const sheet s = read_xls(xls_bytes("long-text.xls")).sheets.at(0);
    std::string expected;
    for (int i = 0; i < 3000; ++i) expected += "åäö ";
    CHECK(cell_at(s, "B1").text == expected);
    expected.clear();
    for (int i = 0; i < 5000; ++i) expected += "Ω";
    CHECK(cell_at(s, "B2").text == expected);
    CHECK(cell_at(s, "B3").text == "Glad 😀");
}

TEST_CASE("booleans.xls: booleans and errors stored as BOOLERR records (as Excel does), which FreeXL reads as 1 or 0") {
    const sheet s = read_xls(xls_bytes("booleans.xls")).sheets.at(0);
    CHECK(cell_at(s, "B1").type == cell_type::boolean);
    CHECK(cell_at(s, "B1").number == 1);
    CHECK(cell_at(s, "B2").type == cell_type::boolean);
    CHECK(cell_at(s, "B2").number == 0);
    int row = 3;
    for (const char* text : {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}) {
        std::string ref = "B" + std::to_string(row++);
        CAPTURE(ref);
        CHECK(cell_at(s, ref).type == cell_type::error);
        CHECK(cell_at(s, ref).text == text);
    }
    CHECK(cell_at(s, "B10").percent);
    CHECK(s.fill_at(10, 1) == "00FF00");  // xlwt's bright_green, from the default palette
    CHECK(s.merges == std::vector{cell_range{11, 0, 12, 0}});
}

TEST_CASE("date1904.xls: dates and date-times in the 1904 system") {
    const sheet s = read_xls(xls_bytes("date1904.xls")).sheets.at(0);
    CHECK(s.name == "1904");
    CHECK(cell_at(s, "B1").text == "2019-03-31");
    CHECK(cell_at(s, "B2").text == "2019-03-31T14:30:00");
    CHECK(cell_at(s, "B6").text == "2018-01-23");
}

TEST_CASE("the seed follow-ups as .xls hold the cells, merges and fills of their .xlsx twins") {
    for (std::string_view stem : {"atagande-2018", "verksamhetsplan-2019"}) {
        CAPTURE(stem);
        check_twin(std::string(stem) + ".xls",
                   std::string(MK_FIXTURES) + "/uppfoljning/" + std::string(stem) + ".xlsx");
    }
}

TEST_CASE("follow-ups as an old .xls holds them read as their openpyxl .xlsx twins, cell by cell") {
    for (std::string_view stem : {"traffic-lights", "indicators", "schools", "long-comments"}) {
        CAPTURE(stem);
        check_twin(std::string(stem) + ".xls",
                   std::string(MK_SOURCE_DIR) + "/tests/data/xls/" + std::string(stem) + ".xlsx");
    }
}

TEST_CASE("traffic-lights.xls: statuses only as fills of empty cells, a coloured legend, goals merged down") {
    const sheet s = read_xls(xls_bytes("traffic-lights.xls")).sheets.at(0);
    CHECK(s.find(3, 2) == nullptr);  // C4: a fill and nothing else
    for (auto [row, rgb] : {std::pair{3u, "00B050"}, {4u, "FFFF00"}, {5u, "00B050"}, {6u, "FF0000"}, {7u, "FFFF00"}}) {
        CAPTURE(row);
        CHECK(s.fill_at(row, 2) == rgb);
    }
    CHECK(s.fill_at(10, 0) == "00B050");
    CHECK(cell_at(s, "A11").text == "Enligt plan");
    CHECK(s.fill_at(12, 0) == "FF0000");
    CHECK(s.merges == std::vector{cell_range{3, 0, 5, 0}, cell_range{6, 0, 7, 0}});
}

TEST_CASE("indicators.xls: targets and outcomes as percentages, computed ones included, and dates") {
    const sheet s = read_xls(xls_bytes("indicators.xls")).sheets.at(0);
    CHECK(cell_at(s, "D2").type == cell_type::string);
    CHECK(cell_at(s, "D2").text == "≥ 80 %");
    CHECK(cell_at(s, "D3").number == 0.8);
    CHECK(cell_at(s, "D3").percent);
    CHECK(cell_at(s, "E2").number == 0.78);
    CHECK(cell_at(s, "E2").percent);
    CHECK(cell_at(s, "E3").number == 0.85);  // =17/20
    CHECK(cell_at(s, "E3").percent);
    CHECK(cell_at(s, "F3").percent);
    CHECK(cell_at(s, "G2").type == cell_type::date);
    CHECK(cell_at(s, "G2").text == "2019-06-14");
    CHECK(cell_at(s, "G3").type == cell_type::date);  // =DATE(2019,12,20)
    CHECK(cell_at(s, "G3").text == "2019-12-20");
    CHECK(s.find(3, 6) == nullptr);
}

TEST_CASE("schools.xls: a sheet per school, a hidden instructions sheet and a column of booleans") {
    const workbook book = read_xls(xls_bytes("schools.xls"));
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[0].name == "Skola A");
    CHECK(book.sheets[1].name == "Skola B");
    CHECK(book.sheets[2].name == "Instruktioner");
    CHECK(book.sheets[0].visibility == sheet_visibility::visible);
    CHECK(book.sheets[2].visibility == sheet_visibility::hidden);
    CHECK(cell_at(book.sheets[0], "C2").type == cell_type::boolean);
    CHECK(cell_at(book.sheets[0], "C2").number == 1);
    CHECK(cell_at(book.sheets[1], "C2").type == cell_type::boolean);
    CHECK(cell_at(book.sheets[1], "C2").number == 0);
}

TEST_CASE("long-comments.xls: long texts with line breaks, a merged title, and totals computed by formulas") {
    const sheet s = read_xls(xls_bytes("long-comments.xls")).sheets.at(0);
    CHECK(cell_at(s, "A1").text == "Uppföljning av åtaganden 2019\nGrundskolenämnden");
    CHECK(s.merges == std::vector{cell_range{0, 0, 0, 4}});
    CHECK(cell_at(s, "E4").text.starts_with("Arbetet har pågått hela året i samtliga skolor.\nUnder hösten"));
    CHECK(cell_at(s, "E4").text.find("stöd.\n\nFortsätter 2020.") != std::string::npos);
    CHECK(cell_at(s, "E4").text.ends_with("Se bilaga 2 för detaljer."));
    CHECK(cell_at(s, "E5").text == "Försenad\nny tid i mars");
    CHECK(cell_at(s, "C7").type == cell_type::number);
    CHECK(cell_at(s, "C7").number == 1335.5);  // =SUM(C4:C6)
    CHECK(cell_at(s, "D7").text == "1 av 3 genomförda");
}

TEST_CASE("the registry detects .xls by its workbook stream and reads it") {
    std::string bytes = xls_bytes("verksamhetsplan-2019.xls");
    CHECK(detect_format(bytes).name == "xls");
    CHECK(read_workbook(bytes, "x").sheets.at(0).name == "Uppföljning 2019");
}

}  // namespace mk::test
