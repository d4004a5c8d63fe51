// Issue 15 item 10 and issue 19 §6: dates, years and läsår are checked where the user gives them,
// with a message that says what to write instead.
#include <doctest/doctest.h>

#include "src/pipeline/option_values.hpp"

using namespace mk;

TEST_CASE("option values: only dates of the calendar in 1990-2099") {
    for (const char* good : {"2019-10-31", "2020-02-29", "1990-01-01", "2099-12-31"})
        CHECK_FALSE(pipeline::date_problem(good));
    for (const char* bad : {"2019-02-30", "2019-13-01", "2019-02-29", "0000-01-01", "1989-12-31", "2100-01-01",
                            "2019-1-31", "2019-10-31T00:00:00", "31/10/2019", "", "2019-10-31 "})
        CHECK(pipeline::date_problem(bad));
    set_language(language::sv);
    CHECK(pipeline::date_problem("2019-02-30")->text() ==
          "\"2019-02-30\" är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2019-10-31");
    CHECK(pipeline::date_problem("1989-12-31")->text() == "året 1989 ligger utanför 1990–2099");
    set_language(language::en);
    CHECK(pipeline::date_problem("0000-01-01")->text() ==
          "\"0000-01-01\" is no date: write it as YYYY-MM-DD, e.g. 2019-10-31");
    set_language(language::sv);
}

TEST_CASE("option values: a läsår is two years that follow each other, in range") {
    for (const char* good : {"2024/25", "2099/00", "2023/2024", "2023-2024", "1999/00"})
        CHECK_FALSE(pipeline::lasar_problem(good));
    for (const char* bad : {"9999/00", "2024/26", "2024/24", "1989/90", "2100/01", "24/25", "2024", "", "2024/2026"})
        CHECK(pipeline::lasar_problem(bad));
    set_language(language::sv);
    CHECK(pipeline::lasar_problem("9999/00")->text() == "året 9999 ligger utanför 1990–2099");
    CHECK(pipeline::lasar_problem("2024/26")->text().find("två år som följer på varandra") != std::string::npos);
}

TEST_CASE("option values: a year is four digits in range") {
    for (const char* good : {"1990", "2019", "2099"}) CHECK_FALSE(pipeline::year_problem(good));
    for (const char* bad : {"0", "1", "abc", "19999", "2100", "1989", "201x", " 2019", "+2019"})
        CHECK(pipeline::year_problem(bad));
}

TEST_CASE("option values: --enhet names the file, the sheet or a column by its header") {
    using source = recognize::unit_rule::source;
    CHECK(pipeline::parse_unit_rule("fil")->from == source::file);
    CHECK(pipeline::parse_unit_rule("blad")->from == source::sheet);
    CHECK(pipeline::parse_unit_rule("sheet")->from == source::sheet);
    CHECK(pipeline::parse_unit_rule("column:School")->column == "School");
    auto column = pipeline::parse_unit_rule("kolumn: Ansvarig  skola ");
    REQUIRE(column);
    CHECK(column->from == source::column);
    CHECK(column->column == "Ansvarig skola");
    for (const char* bad : {"", "rad", "kolumn:", "kolumn:  ", "Fil", "kolumn"}) {
        CAPTURE(bad);
        CHECK(pipeline::unit_rule_problem(bad));
    }
}
