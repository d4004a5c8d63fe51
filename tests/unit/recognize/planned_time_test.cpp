// Planned times as a Slutfört or Tidplan cell gives them: a quarter ("Q4", "kv 3", "Kvartal 2"), an
// ISO date of the calendar, or text kept as it is written (Swedish dates, month names, tertials).
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

#include "src/recognize/goal_text.hpp"

using mk::recognize::parse_planned;
using mk::recognize::planned_time;

namespace {

struct planned_case {
    const char* text;
    int quarter;       // 0 for none
    const char* date;  // "" for none
};

void check_cases(std::initializer_list<planned_case> cases) {
    for (const planned_case& c : cases) {
        CAPTURE(c.text);
        auto parsed = parse_planned(c.text);
        CHECK(parsed.quarter == c.quarter);
        CHECK(parsed.date == std::string(c.date));
    }
}

}  // namespace

TEST_CASE("planned time: quarters as Q, kv and kvartal, in any case, spacing and punctuation") {
    check_cases({
        {"Q1", 1, ""},
        {"Q2", 2, ""},
        {"Q3", 3, ""},
        {"Q4", 4, ""},
        {"q4", 4, ""},
        {"Q 4", 4, ""},
        {"  Q4\n", 4, ""},
        {"Q4.", 4, ""},
        {"kv 3", 3, ""},
        {"kv3", 3, ""},
        {"Kv. 3", 3, ""},
        {"KV 1", 1, ""},
        {"Kvartal 2", 2, ""},
        {"kvartal2", 2, ""},
        {"KVARTAL  4", 4, ""},
    });
}

TEST_CASE("planned time: no quarter outside 1-4, after other words or with a year") {
    check_cases({
        {"Q0", 0, ""},
        {"Q5", 0, ""},
        {"kv 9", 0, ""},
        {"Kvartal 12", 0, ""},
        {"Q44", 0, ""},
        {"Q", 0, ""},
        {"kv", 0, ""},
        {"Qa", 0, ""},
        {"Senast Q4", 0, ""},
        {"kv4a", 0, ""},
        // A quarter with its year is kept as text only: the contract reads "Q4" and "kv 4" alone.
        {"Q4 2019", 0, ""},
    });
}

TEST_CASE("planned time: tertials are no quarters") {
    // Only quarters are read: T1 or the first tertial must not become the first quarter.
    check_cases({
        {"T1", 0, ""},
        {"T3", 0, ""},
        {"Tertial 1", 0, ""},
        {"tertial 2", 0, ""},
    });
}

TEST_CASE("planned time: ISO dates of the calendar, a time of day after one ignored") {
    check_cases({
        {"2019-06-30", 0, "2019-06-30"},
        {"2019-12-31", 0, "2019-12-31"},
        {"2019-06-30T14:30:00", 0, "2019-06-30"},
        {"2020-02-29", 0, "2020-02-29"},
        {" 2019-06-30 ", 0, "2019-06-30"},
        {"\t2019-06-30\n", 0, "2019-06-30"},
    });
}

TEST_CASE("planned time: dates not in the calendar are no dates") {
    check_cases({
        {"2019-02-30", 0, ""},
        {"2019-02-29", 0, ""},
        {"2019-13-01", 0, ""},
        {"2019-00-10", 0, ""},
        {"2019-06-31", 0, ""},
        {"2019-06-00", 0, ""},
        {"0000-06-30", 0, ""},
    });
}

TEST_CASE("planned time: Swedish dates, month names and other texts are kept as text only") {
    check_cases({
        {"30 juni 2019", 0, ""},
        {"30 Juni", 0, ""},
        {"juni", 0, ""},
        {"December 2019", 0, ""},
        {"30/6 2019", 0, ""},
        {"2019-6-30", 0, ""},
        {"20190630", 0, ""},
        {"19-06-30", 0, ""},
        {"HT-19", 0, ""},
        {"VT 2020", 0, ""},
        {"Löpande", 0, ""},
        {"Hela året", 0, ""},
        {"", 0, ""},
    });
}

TEST_CASE("planned_time: nothing for blank text, else the squeezed text with its quarter and date") {
    CHECK_FALSE(planned_time(""));
    CHECK_FALSE(planned_time(" \n\t "));

    auto quarter = planned_time("  Q4\n");
    REQUIRE(quarter);
    CHECK(quarter->text == "Q4");
    CHECK(quarter->quarter == 4);
    CHECK(quarter->date.empty());

    auto date = planned_time("2019-06-30");
    REQUIRE(date);
    CHECK(date->text == "2019-06-30");
    CHECK_FALSE(date->quarter);
    CHECK(date->date == "2019-06-30");

    auto swedish = planned_time("30  juni\n2019");
    REQUIRE(swedish);
    CHECK(swedish->text == "30 juni 2019");
    CHECK_FALSE(swedish->quarter);
    CHECK(swedish->date.empty());

    auto wrong = planned_time("2019-02-30");
    REQUIRE(wrong);
    CHECK(wrong->text == "2019-02-30");
    CHECK(wrong->date.empty());
}
