// The text a cell shows: made for a number or a boolean, viewed in place for text.
#include <doctest/doctest.h>

#include <string>

#include "src/recognize/cell_accounting.hpp"

namespace mk::test {

TEST_CASE("shown text: a number's text is made in the room given, a text is viewed where the cell holds it") {
    std::string room;
    cell number{.row = 0, .col = 0, .type = cell_type::number, .text = {}, .number = 0.85};
    CHECK(recognize::shown_text(number, room) == "0.85");
    CHECK(room == "0.85");
    CHECK(recognize::shown_text(number) == "0.85");

    cell text{.row = 0, .col = 1, .type = cell_type::string, .text = "Enligt plan, med en lång kommentar"};
    std::string_view seen = recognize::shown_text(text, room);
    CHECK(seen == text.text);
    CHECK(seen.data() == text.text.data());
    CHECK(room == "0.85");

    cell yes{.row = 0, .col = 2, .type = cell_type::boolean, .text = {}, .number = 1};
    CHECK(recognize::shown_text(yes, room) == "TRUE");
    CHECK(recognize::shown_text(cell{.row = 0, .col = 3, .type = cell_type::boolean, .text = {}, .number = 0}) ==
          "FALSE");
    cell date{.row = 0, .col = 4, .type = cell_type::date, .text = "2019-03-31"};
    CHECK(recognize::shown_text(date, room) == "2019-03-31");
}

}  // namespace mk::test
