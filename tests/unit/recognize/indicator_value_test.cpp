// The value of a Målvärde or Utfall cell, one row per way of writing it.
#include <doctest/doctest.h>

#include <optional>

#include "src/recognize/indicator_value.hpp"

using mk::model::comparison;
using mk::model::value_kind;
using mk::recognize::number_cell_value;
using mk::recognize::parse_indicator_value;

TEST_CASE("indicator values: numbers, percentages, comparisons and text, the text kept as written") {
    struct row {
        const char* text;
        value_kind kind;
        comparison compare;
        std::optional<double> number;
    };
    const row rows[] = {
        {"75", value_kind::number, comparison::none, 75},
        {"3,5", value_kind::number, comparison::none, 3.5},
        {"3.5", value_kind::number, comparison::none, 3.5},
        {" 0,85 ", value_kind::number, comparison::none, 0.85},
        {"-2,5", value_kind::number, comparison::none, -2.5},
        {"−2", value_kind::number, comparison::none, -2},
        {"1 200", value_kind::number, comparison::none, 1200},
        {"1\u00a0200,5", value_kind::number, comparison::none, 1200.5},
        {"85 %", value_kind::percent, comparison::none, 85},
        {"85%", value_kind::percent, comparison::none, 85},
        {"85\u00a0%", value_kind::percent, comparison::none, 85},
        {"12,5 procent", value_kind::percent, comparison::none, 12.5},
        {"≥ 75", value_kind::number, comparison::at_least, 75},
        {">= 75", value_kind::number, comparison::at_least, 75},
        {"≥75 %", value_kind::percent, comparison::at_least, 75},
        {"minst 75", value_kind::number, comparison::at_least, 75},
        {"Minst 85 %", value_kind::percent, comparison::at_least, 85},
        {"> 3,5", value_kind::number, comparison::above, 3.5},
        {"Över 90 %", value_kind::percent, comparison::above, 90},
        {"≤ 5", value_kind::number, comparison::at_most, 5},
        {"högst 5", value_kind::number, comparison::at_most, 5},
        {"< 10", value_kind::number, comparison::below, 10},
        {"mindre än 10 %", value_kind::percent, comparison::below, 10},
        {"Ej mätt", value_kind::text, comparison::none, std::nullopt},
        {"Öka", value_kind::text, comparison::none, std::nullopt},
        {"abc", value_kind::text, comparison::none, std::nullopt},
        {"12 dagar", value_kind::text, comparison::none, std::nullopt},
        {"Ej mätt 2019", value_kind::text, comparison::none, std::nullopt},
        {"75–80", value_kind::text, comparison::none, std::nullopt},
        {"2019-12-31", value_kind::text, comparison::none, std::nullopt},
        {"–", value_kind::text, comparison::none, std::nullopt},
        {"", value_kind::text, comparison::none, std::nullopt},
        {"85 %%", value_kind::malformed, comparison::none, std::nullopt},
        {"7,5,3", value_kind::malformed, comparison::none, std::nullopt},
        {"≥", value_kind::malformed, comparison::none, std::nullopt},
        {"%", value_kind::malformed, comparison::none, std::nullopt},
        {"= 75", value_kind::malformed, comparison::none, std::nullopt},
        {",5", value_kind::malformed, comparison::none, std::nullopt},
        {"75 % 80", value_kind::malformed, comparison::none, std::nullopt},
    };
    for (const row& r : rows) {
        CAPTURE(r.text);
        auto v = parse_indicator_value(r.text);
        CHECK(v.text == r.text);
        CHECK(v.kind == r.kind);
        CHECK(v.compare == r.compare);
        CHECK(v.number == r.number);
    }
}

TEST_CASE(
    "indicator values: a number cell is a number, a percentage when formatted as one, its text as a Swedish "
    "office program shows it") {
    auto plain = number_cell_value(3.5, false);
    CHECK(plain.kind == value_kind::number);
    CHECK(plain.number == 3.5);
    CHECK(plain.text == "3,5");
    auto share = number_cell_value(0.85, true);
    CHECK(share.kind == value_kind::percent);
    CHECK(share.number == 85);
    CHECK(share.text == "85 %");
    CHECK(number_cell_value(0.075, true).text == "7,5 %");
    CHECK(number_cell_value(-1200.25, false).text == "-1200,25");
    CHECK(number_cell_value(1.5e-7, false).text == "1.5e-07");  // no decimal comma in an exponent's number
    // The text reads back as the same value.
    for (double number : {3.5, 221.5, -0.25, 1000000.0}) {
        CAPTURE(number);
        auto read_back = mk::recognize::parse_indicator_value(number_cell_value(number, false).text);
        CHECK(read_back.kind == value_kind::number);
        CHECK(read_back.number == number);
    }
}
