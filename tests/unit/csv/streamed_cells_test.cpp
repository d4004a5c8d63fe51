// `malkedja cells` of a .csv: the dump of the cells handed over as they are parsed (visit_csv) is
// the dump of the workbook container (read_csv), byte for byte, and fails the same way.
#include <doctest/doctest.h>

#include <string>

#include "converters/csv/read.hpp"
#include "src/container/workbook_dump.hpp"
#include "tests/unit/counting_visitor.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

std::string streamed_dump(std::string_view bytes, const std::string& wanted = {}) {
    string_dump out;
    counting_visitor dump(false, wanted, out);
    visit_csv(bytes, "Plan 2019", dump);
    dump.check_chosen();
    CHECK(dump.cells > 0);
    return out.text();
}

std::string container_dump(std::string_view bytes, const std::string& wanted = {}) {
    workbook book = read_csv(bytes, "Plan 2019");
    string_dump out;
    dump_sheet(choose_sheet(book, wanted), out);
    return out.text();
}

}  // namespace

TEST_CASE("streamed csv cells: the fixtures and the dialects dump as the container does") {
    for (const char* path : {"uppfoljning/atagande-2018.csv", "skolor/skolor.csv"}) {
        CAPTURE(path);
        std::string bytes = fixture_bytes(path);
        CHECK(streamed_dump(bytes) == container_dump(bytes));
    }
    for (std::string bytes :
         {std::string("a;b;c\n1;2;3\n"), std::string("a,b\r\n\"två\r\nrader\",\"sa \"\"hej\"\"\"\r\n"),
          std::string("\xEF\xBB\xBFNamn\tV\xC3\xA4rde\n\n\nx\t 1 \n"), std::string("M\xE5l;\xC5tagande\n;;x\n")}) {
        CAPTURE(bytes);
        CHECK(streamed_dump(bytes) == container_dump(bytes));
    }
}

TEST_CASE("streamed csv cells: the sheet is named after the file and found by name or number") {
    std::string bytes = "a;b\n";
    CHECK(streamed_dump(bytes, "Plan 2019") == container_dump(bytes));
    CHECK(streamed_dump(bytes, "1") == container_dump(bytes));
    CHECK(error_text_of([&] { streamed_dump(bytes, "Saknas"); }) ==
          error_text_of([&] { container_dump(bytes, "Saknas"); }));
}

TEST_CASE("streamed csv cells: a file bad after its first cells is the container's error") {
    std::string text = "a;b\n";
    for (int i = 0; i <= 16384; ++i) text += "x;";
    string_dump out;
    counting_visitor dump(true, {}, out);
    std::string error = error_text_of([&] { visit_csv(text, "blad", dump); });
    CHECK(error.find("16384") != std::string::npos);
    CHECK(error == error_text_of([&] { read_csv(text, "blad"); }));
    // What the caller must hold back (`malkedja cells` prints nothing then).
    CHECK(dump.cells > 2);
}

}  // namespace mk::test
