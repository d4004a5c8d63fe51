// CSV dialects: separators, quoting, line ends, encodings; every value stays text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/csv/read.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

// Every cell as "A1=text", row by row.
std::vector<std::string> cells_of(std::string_view bytes) {
    workbook book = read_csv(bytes, "blad");
    REQUIRE(book.sheets.size() == 1);
    std::vector<std::string> out;
    for (const cell& c : book.sheets[0].cells) {
        CHECK(c.type == cell_type::string);
        out.push_back(format_a1(c.row, c.col) + "=" + c.text);
    }
    return out;
}

using cells = std::vector<std::string>;

}  // namespace

TEST_CASE("the separator is found among semicolon, ',' and tab") {
    CHECK(cells_of("a;b;c\n1;2;3\n") == cells{"A1=a", "B1=b", "C1=c", "A2=1", "B2=2", "C2=3"});
    CHECK(cells_of("a,b,c\n1,2,3\n") == cells{"A1=a", "B1=b", "C1=c", "A2=1", "B2=2", "C2=3"});
    CHECK(cells_of("a\tb\tc\n1\t2\t3\n") == cells{"A1=a", "B1=b", "C1=c", "A2=1", "B2=2", "C2=3"});
}

TEST_CASE("decimal commas in a semicolon file do not make ',' the separator") {
    CHECK(cells_of("Namn;Värde;Andel\nA;12,5;0,3\nB;7,25;0,1\n") ==
          cells{"A1=Namn", "B1=Värde", "C1=Andel", "A2=A", "B2=12,5", "C2=0,3", "A3=B", "B3=7,25", "C3=0,1"});
}

TEST_CASE("when no separator is consistent, semicolon is taken (Swedish Excel)") {
    CHECK(cells_of("ett, två\ntre\n") == cells{"A1=ett, två", "A2=tre"});
    CHECK(cells_of("a;b\nc,d\n") == cells{"A1=a", "B1=b", "A2=c,d"});
}

TEST_CASE("quoted fields keep separators, doubled quotes and line breaks") {
    CHECK(cells_of("\"a;b\";\"sa \"\"hej\"\"\"\n\"två\nrader\";x\n") ==
          cells{"A1=a;b", "B1=sa \"hej\"", "A2=två\nrader", "B2=x"});
    CHECK(cells_of("\"rad ett\r\nrad två\";x\r\n") == cells{"A1=rad ett\nrad två", "B1=x"});
    // A lone carriage return is a line end too, first, last or beside another.
    CHECK(cells_of("\"\ra\r\r\nb\r\";x\r\n") == cells{"A1=\na\n\nb\n", "B1=x"});
}

TEST_CASE("a quote opens a quoted field only where a field starts") {
    CHECK(cells_of("a\"b;c\"\nd;\"e\"\n") == cells{"A1=a\"b", "B1=c\"", "A2=d", "B2=e"});
    CHECK(cells_of("a\"b\nc;d\n") == cells{"A1=a\"b", "A2=c", "B2=d"});
    // Doubled quotes around a line end stay inside the field.
    CHECK(cells_of("\"a\"\"\nb\"\"\";x\n") == cells{"A1=a\"\nb\"", "B1=x"});
}

TEST_CASE("a quote left open is refused with the line it opens on") {
    auto refusal = [](std::string_view text) {
        std::string message = error_text_of([&] { read_csv(text, "blad"); });
        CHECK(error_code_of([&] { read_csv(text, "blad"); }) == "csv.unclosed_quote");
        return message;
    };
    // Open at the end of the file, after LF, CRLF and a lone CR.
    CHECK(refusal("a;b\r\nc\rd\n\"e;f\n").find("rad 4") != std::string::npos);
    CHECK(refusal("\"").find("rad 1") != std::string::npos);
    // Closed on a later line, where text follows the closing quote: the field swallowed lines.
    CHECK(refusal("a\n\"b;c\nd\"e;f\n").find("rad 2") != std::string::npos);
    // Closed on its own line with text after it, libcsv's lenient reading keeps the text.
    CHECK(error_code_of([] { read_csv("\"b\"c;d\n", "blad"); }).empty());
}

TEST_CASE("LF, CRLF and CR end records, blank lines keep their row") {
    cells expected{"A1=a", "B1=b", "A3=c", "B3=d"};
    CHECK(cells_of("a;b\n\nc;d\n") == expected);
    CHECK(cells_of("a;b\r\n\r\nc;d\r\n") == expected);
    CHECK(cells_of("a;b\r\rc;d\r") == expected);
    CHECK(cells_of("a;b\n\nc;d") == expected);  // no line end after the last record
}

TEST_CASE("empty fields give no cell, and spaces around values are kept") {
    CHECK(cells_of(";b;;d\n;;;\n x ;\"\";y\n") == cells{"B1=b", "D1=d", "A3= x ", "C3=y"});
}

TEST_CASE("values stay text: quarters, leading zeros, dates and decimal commas") {
    CHECK(cells_of("Q4;0012;2018-01-23;12,5;TRUE\n") ==
          cells{"A1=Q4", "B1=0012", "C1=2018-01-23", "D1=12,5", "E1=TRUE"});
}

TEST_CASE("UTF-8 with and without BOM, and Windows-1252 when the bytes are not UTF-8") {
    cells expected{"A1=åäö", "B1=ÅÄÖ"};
    CHECK(cells_of("\xEF\xBB\xBF\xC3\xA5\xC3\xA4\xC3\xB6;\xC3\x85\xC3\x84\xC3\x96\n") == expected);
    CHECK(cells_of("\xC3\xA5\xC3\xA4\xC3\xB6;\xC3\x85\xC3\x84\xC3\x96\n") == expected);
    CHECK(cells_of("\xE5\xE4\xF6;\xC5\xC4\xD6\n") == expected);
    CHECK(cells_of("\x80 10;\x96;\x81\n") == cells{"A1=€ 10", "B1=–", "C1=\xEF\xBF\xBD"});
}

TEST_CASE("a file holding NUL bytes is no CSV") {
    using namespace std::string_literals;
    CHECK(error_code_of([] {
              read_csv(
                  "\xFF\xFE"
                  "a\0;\0b\0"s,
                  "blad");
          }) == "csv.binary");
}

TEST_CASE("a file with only a BOM, or nothing, is one empty sheet") {
    CHECK(cells_of("\xEF\xBB\xBF").empty());
    CHECK(cells_of("\n\n").empty());
}

TEST_CASE("content beyond the columns a sheet can have is refused") {
    std::string wide;
    for (int i = 0; i <= 16384; ++i) wide += "x;";
    CHECK(error_code_of([&] { read_csv(wide, "blad"); }) == "csv.too_many_columns");
    std::string last_column(16383, ';');
    CHECK(cells_of(last_column + "x\n") == cells{"XFD1=x"});
}

TEST_CASE("more non-empty fields than the reader takes are refused") {
    // 1100 records of 2000 one-letter fields: 2 200 000 cells.
    std::string row;
    for (int i = 0; i < 2000; ++i) row += "x;";
    row += "\n";
    std::string text;
    for (int i = 0; i < 1100; ++i) text += row;
    CHECK(error_code_of([&] { read_csv(text, "blad"); }) == "csv.too_many_cells");
}

}  // namespace mk::test
