#include <doctest/doctest.h>

#include "src/recognize/side_by_side.hpp"

using namespace mk;
using mk::recognize::side_by_side_pieces;

namespace {

cell text_cell(std::uint32_t row, std::uint32_t col, std::string text) {
    return {row, col, cell_type::string, std::move(text), 0};
}

cell number_cell(std::uint32_t row, std::uint32_t col, double value) {
    return {row, col, cell_type::number, "", value};
}

}  // namespace

TEST_CASE("side by side: two tables past an empty column, under rows of numbers with gaps, are cut into two pieces") {
    sheet s;
    s.name = "Uppföljning";
    // A title row of years with an empty column between them: read, as every row with a gap is,
    // and no header row.
    s.cells = {number_cell(0, 0, 2019), number_cell(0, 4, 2018), number_cell(0, 6, 0.85)};
    for (std::uint32_t first : {0u, 4u}) {
        s.cells.push_back(text_cell(1, first, "Mål"));
        s.cells.push_back(text_cell(1, first + 1, "Aktivitet"));
        s.cells.push_back(text_cell(1, first + 2, "Status"));
        s.cells.push_back(text_cell(2, first, "Trygghet"));
        s.cells.push_back(text_cell(2, first + 1, "Rastvakter"));
        s.cells.push_back(number_cell(2, first + 2, 1));
    }
    s.finish();
    std::vector<sheet> pieces = side_by_side_pieces(s);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].cells.size() == 7);  // 2019 and the first table (A–C)
    CHECK(pieces[1].cells.size() == 8);  // 2018, 0.85 and the second table (E–G)
    CHECK(pieces[1].cells.front().number == 2018);
}

TEST_CASE("side by side: a row with one header and numbers past an empty column is one table, not cut") {
    sheet s;
    s.cells = {text_cell(0, 0, "Mål"), text_cell(0, 1, "Aktivitet"), text_cell(0, 2, "Status"), number_cell(0, 4, 3),
               number_cell(0, 5, 4)};
    s.finish();
    CHECK(side_by_side_pieces(s).empty());
}
