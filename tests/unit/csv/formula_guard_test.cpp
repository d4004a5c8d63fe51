// The CSV writer's formula guard (CWE-1236): no written cell may start a formula in a spreadsheet;
// the reader takes the guard off again.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/csv/read.hpp"
#include "converters/csv/write.hpp"

namespace {

const std::string bom = "\xEF\xBB\xBF";

mk::sheet one_row(std::initializer_list<std::string> texts) {
    mk::sheet s;
    s.name = "blad";
    std::uint32_t col = 0;
    for (const std::string& text : texts) {
        mk::cell c;
        c.col = col++;
        c.text = text;
        s.cells.push_back(c);
    }
    return s;
}

}  // namespace

TEST_CASE("a CSV output cell starting with = + - @ tab or CR gets a leading apostrophe") {
    CHECK(mk::write_csv(one_row({"=1+1", "+x", "-2+3+cmd", "@SUM(A1)", "\tx", "\rx"})) ==
          bom + "'=1+1;'+x;'-2+3+cmd;'@SUM(A1);'\tx;\"'\rx\"\r\n");
    CHECK(mk::write_csv_rows({{"=HYPERLINK(\"http://example.invalid\")", "ok"}}) ==
          bom + "\"'=HYPERLINK(\"\"http://example.invalid\"\")\";ok\r\n");
}

TEST_CASE("text that only contains a formula character later is written as it is") {
    CHECK(mk::write_csv(one_row({"a=b", "1-2", "x@y"})) == bom + "a=b;1-2;x@y\r\n");
}

TEST_CASE("a formula read from a hostile CSV input is guarded when written back") {
    mk::workbook book = mk::read_csv("Namn;Kommentar\r\nA;=cmd|' /C calc'!A0\r\n", "blad");
    REQUIRE(book.sheets.size() == 1);
    std::string out = mk::write_csv(book.sheets[0]);
    CHECK(out.find("'=cmd|") != std::string::npos);
    CHECK(out.find(";=") == std::string::npos);
}

TEST_CASE("numbers are written as numbers, a negative one without the guard") {
    mk::sheet s = one_row({});
    mk::cell c;
    c.type = mk::cell_type::number;
    c.number = -2.5;
    s.cells.push_back(c);
    CHECK(mk::write_csv(s) == bom + "-2.5\r\n");
}

TEST_CASE("a text that is one number is written without the guard, which only formulas need") {
    CHECK(mk::write_csv(one_row({"-4,5", "-12.5", "-1e3"})) == bom + "-4,5;-12.5;-1e3\r\n");
}

TEST_CASE("issue: a .csv written by malkedja reads back its texts without the guard it put before them") {
    mk::sheet written = one_row({"-Rastvärdar", "=H2/I2", "@rektor", "+ extra", "-", "'ett citat", "'", "-4,5"});
    mk::workbook book = mk::read_csv(mk::write_csv(written), "blad");
    REQUIRE(book.sheets.size() == 1);
    std::vector<std::string> back;
    for (const mk::cell& c : book.sheets[0].cells) back.push_back(c.text);
    CHECK(back ==
          std::vector<std::string>{"-Rastvärdar", "=H2/I2", "@rektor", "+ extra", "-", "'ett citat", "'", "-4,5"});
}
