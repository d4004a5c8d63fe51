// Indicator columns of a follow-up table: their header spellings, the activity's indicator on its
// row, and a goal's on a row with no activity.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "src/recognize/columns.hpp"
#include "src/recognize/follow_up.hpp"
#include "text_table.hpp"

using recognize_test::table;

TEST_CASE("indicator headers: Indikator, Nyckeltal, Mått, Målvärde, Utfall per year or checkpoint, Trend") {
    using mk::recognize::column_role;
    struct row {
        const char* header;
        column_role role;
        mk::model::checkpoint checkpoint;
        std::optional<int> year;
        bool previous_year;
    };
    const auto report = mk::model::checkpoint::report;
    for (const row& r :
         {row{"Indikator", column_role::indicator, report, std::nullopt, false},
          row{"Nyckeltal", column_role::indicator, report, std::nullopt, false},
          row{"Mått", column_role::indicator, report, std::nullopt, false},
          row{"Målvärde 2019", column_role::target, report, 2019, false},
          row{"Utfall", column_role::outcome, report, std::nullopt, false},
          row{"Utfall 2019", column_role::outcome, report, 2019, false},
          row{"Utfall delår 1", column_role::outcome, mk::model::checkpoint::delar_1, std::nullopt, false},
          row{"Utfall bokslut*", column_role::outcome, mk::model::checkpoint::bokslut, std::nullopt, false},
          row{"Utfall föregående år", column_role::outcome, report, std::nullopt, true},
          row{"Trend", column_role::trend, report, std::nullopt, false}}) {
        CAPTURE(r.header);
        auto c = mk::recognize::classify_header(r.header);
        REQUIRE(c);
        CHECK(c->role == r.role);
        CHECK(c->checkpoint == r.checkpoint);
        CHECK(c->year == r.year);
        CHECK(c->previous_year == r.previous_year);
    }
    CHECK_FALSE(mk::recognize::classify_header("Utfallet"));
    CHECK_FALSE(mk::recognize::classify_header("Utfall nästa vecka"));
}

TEST_CASE("indicators: an activity's on its row, a goal's on a row with no activity, none on rows without") {
    auto read = mk::recognize::recognise_follow_up(
        table({{"Mål", "Aktivitet", "Status", "Nyckeltal", "Målvärde", "Utfall 2019"},
               {"Fler i jobb", "", "", "Andel i arbete", "minst 60 %", "58 %"},
               {"", "Praktikplatser", "Pågår", "Antal platser", "40", "3,5"},
               {"", "Mentorer", "Klart"}}),
        "a.xlsx");
    const auto& doc = read.doc;
    REQUIRE(doc.goals.size() == 1);
    REQUIRE(doc.goals[0].indicators.size() == 1);
    const auto& jobs = doc.goals[0].indicators[0];
    CHECK(jobs.name == "Andel i arbete");
    CHECK(jobs.target.kind == mk::model::value_kind::percent);
    CHECK(jobs.outcomes.at(0).value.number == 58);
    CHECK(jobs.source->cell == "D2");
    CHECK(jobs.target_source->cell == "E2");
    REQUIRE(doc.activities.size() == 2);
    REQUIRE(doc.activities[0].indicators.size() == 1);
    const auto& places = doc.activities[0].indicators[0];
    CHECK(places.target.number == 40);
    CHECK(places.outcomes.at(0).label == "Utfall 2019");
    CHECK(places.outcomes.at(0).year == 2019);
    CHECK(places.outcomes.at(0).value.number == 3.5);
    CHECK(places.outcomes.at(0).source->cell == "F3");
    CHECK(doc.activities[1].indicators.empty());
    // Every cell is used: the goal-only row's indicator cells too.
    CHECK(read.cells.skipped.empty());
    CHECK(read.cells.kept == 0);
}

TEST_CASE("goal rows: Ansvarig, Enhet and Klart senast on a row with a goal and no activity are fields of the goal") {
    auto read = mk::recognize::recognise_follow_up(
        table({{"Nämndmål", "Nyckeltal", "Utfall 2023", "Ansvarig", "Enhet", "Klart senast", "Status", "Kommentar"},
               {"Fler elever når målen", "Andel behöriga", "87 %", "Skolchef", "Grundskolan", "2024-06-30", "Klart",
                "Nått"},
               {"", "Meritvärde åk 9", "228", "Skolchef"},
               {"Ökad trygghet", "", "", "Elevhälsochef"},
               {"", "", "", "", "", "", "", ""}}),
        "a.xlsx");
    const auto& doc = read.doc;
    REQUIRE(doc.goals.size() == 2);
    auto fields = [](const mk::model::goal& g) {
        std::vector<std::string> out;
        for (const auto& f : g.extras) out.push_back(f.name + "=" + f.value);
        return out;
    };
    // The same Ansvarig on the goal's second row is kept once.
    CHECK(fields(doc.goals[0]) ==
          std::vector<std::string>{"Ansvarig=Skolchef", "Enhet=Grundskolan", "Klart senast=2024-06-30"});
    CHECK(fields(doc.goals[1]) == std::vector<std::string>{"Ansvarig=Elevhälsochef"});
    CHECK(doc.goals[0].indicators.size() == 2);
    // Kept: the values of Ansvarig (three), Enhet and Klart senast; skipped: the status and comment
    // a goal has no place for.
    CHECK(read.cells.kept == 5);
    REQUIRE(read.cells.skipped.size() == 2);
    CHECK(read.cells.skipped[0].cause == mk::recognize::skip_cause::goal_row_value);
    std::vector<std::string> said;
    for (const auto& s : read.skipped) said.push_back(s.text);
    CHECK(said == std::vector<std::string>{"Fler elever når målen", "Meritvärde åk 9", "Ökad trygghet"});
}

TEST_CASE("indicators: the reports' Målvärde uppnått column is read as derived, never kept as an extra field") {
    auto read =
        mk::recognize::recognise_follow_up(table({{"Mål", "Aktivitet", "Målvärde", "Utfall", "Målvärde uppnått"},
                                                  {"Fler i jobb", "Praktikplatser", "40", "35", "Ej uppnått"}}),
                                           "a.xlsx");
    REQUIRE(read.doc.activities.size() == 1);
    CHECK(read.doc.activities[0].extras.empty());
    CHECK(read.doc.activities[0].indicators.at(0).outcomes.at(0).value.number == 35);
    CHECK(read.cells.kept == 0);
    CHECK(read.cells.skipped.empty());
}

TEST_CASE(
    "indicators: a table of goals and their indicators, with no activity column, gives each goal its indicators") {
    auto read = mk::recognize::recognise_follow_up(
        table({{"Nämndmål", "Indikator", "Målvärde", "Utfall 2022", "Utfall 2023", "Trend"},
               {"Fler elever når målen", "Andel behöriga till gymnasiet", "≥ 85 %", "83 %", "86 %", "↑"},
               {"", "Meritvärde åk 9", "230", "221,5", "228", "→"},
               {"Trygg skola", "Andel trygga elever", "90 %", "88 %", "=E5/D5", "↓"},
               {"Summa", "", "", "=SUM(D2:D4)", "=SUM(E2:E4)"},
               {"* Utfall 2023 avser vårterminen."}}),
        "a.xlsx");
    const auto& doc = read.doc;
    REQUIRE(doc.goals.size() == 2);
    CHECK(doc.activities.empty());
    REQUIRE(doc.goals[0].indicators.size() == 2);
    CHECK(doc.goals[0].indicators[0].name == "Andel behöriga till gymnasiet");
    CHECK(doc.goals[0].indicators[1].name == "Meritvärde åk 9");
    CHECK(doc.goals[0].indicators[1].outcomes.at(0).value.number == 221.5);
    REQUIRE(doc.goals[1].indicators.size() == 1);
    CHECK(doc.goals[1].indicators[0].source->cell == "B4");
    // The row of totals whose formulas hold no value (as openpyxl writes them) is a totals row, no goal.
    std::vector<mk::recognize::skip_reason> reasons;
    for (const auto& s : read.skipped) reasons.push_back(s.reason);
    CHECK(reasons == std::vector<mk::recognize::skip_reason>{
                         mk::recognize::skip_reason::goal_only, mk::recognize::skip_reason::goal_only,
                         mk::recognize::skip_reason::goal_only, mk::recognize::skip_reason::totals,
                         mk::recognize::skip_reason::footnote});
    CHECK(read.cells.skipped.empty());
}
