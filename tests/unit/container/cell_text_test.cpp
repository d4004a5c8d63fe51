#include <doctest/doctest.h>

#include "src/container/document.hpp"

namespace mk::test {

TEST_CASE("cell_text: the cell's paragraphs one a line, white space collapsed, empty ones left out") {
    table_cell cell;
    for (const char* text : {"  Ökad   måluppfyllelse ", "", "\tI alla ämnen"}) {
        block paragraph;
        paragraph.text = text;
        cell.blocks.push_back(paragraph);
    }
    CHECK(cell_text(cell) == "Ökad måluppfyllelse\nI alla ämnen");
    CHECK(cell_text(table_cell{}) == "");
}

}  // namespace mk::test
