// Cell fills as openpyxl writes them (tests/data/xlsx/fills.xlsx, see make.py there) and in the
// seed fixture: RGB, empty cells, theme colours with a tint, the indexed palette; other patterns none.
#include <doctest/doctest.h>

#include <cstdlib>

#include "converters/xlsx/colours.hpp"
#include "converters/xlsx/read.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

// Whether two RRGGBB values differ by at most 2 in each channel.
bool near(const std::string& a, const std::string& b) {
    REQUIRE(a.size() == 6);
    REQUIRE(b.size() == 6);
    for (std::size_t i = 0; i < 6; i += 2)
        if (std::abs(std::stoi(a.substr(i, 2), nullptr, 16) - std::stoi(b.substr(i, 2), nullptr, 16)) > 2) return false;
    return true;
}

}  // namespace

TEST_CASE("fills.xlsx: solid fills by RGB, theme colour with tint and index, an empty cell keeps its fill") {
    workbook book = read_xlsx(source_bytes("tests/data/xlsx/fills.xlsx"));
    const sheet& s = book.sheets.at(0);
    check_fills_of_fills_xlsx(s);
    CHECK(fill_at(s, "B7").empty());  // a dark grey pattern is no solid fill
}

TEST_CASE("atagande-2018.xlsx: the status cells' fills and the coloured footnotes") {
    check_atagande_fills(read_xlsx(fixture_bytes("uppfoljning/atagande-2018.xlsx")).sheets.at(0));
}

TEST_CASE("theme tints as Excel computes them, within its integer rounding") {
    // Excel's own swatches of its default theme.
    CHECK(near(xlsx::apply_tint("4472C4", 0.7999816888943144), "D9E1F2"));
    CHECK(near(xlsx::apply_tint("70AD47", 0.3999755851924192), "A9D08E"));
    CHECK(near(xlsx::apply_tint("ED7D31", 0.5999938962981048), "F8CBAD"));
    CHECK(near(xlsx::apply_tint("FFC000", 0.3999755851924192), "FFD966"));
    CHECK(xlsx::apply_tint("FFFFFF", -0.1499984740745262) == "D9D9D9");
    CHECK(xlsx::apply_tint("FFFFFF", -0.249977111117893) == "BFBFBF");
    CHECK(xlsx::apply_tint("000000", 0.5) == "808080");
}

}  // namespace mk::test
