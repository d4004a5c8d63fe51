// Layouts of one follow-up table that must read the same: status columns in any order, goals
// written once with blank cells below.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "src/recognize/columns.hpp"
#include "src/recognize/follow_up.hpp"
#include "text_table.hpp"

using recognize_test::table;

namespace {

const mk::model::goal& goal_of(const mk::model::document& doc, const mk::model::activity& a) {
    for (const auto& g : doc.goals)
        if (g.id == a.goal->target) return g;
    FAIL("no goal " << a.goal->target);
    return doc.goals.front();
}

}  // namespace

TEST_CASE("follow-up status columns in any order are read in checkpoint order") {
    auto in_order = mk::recognize::recognise_follow_up(
        table({{"Mål", "Åtagande", "Status delår1", "Status delår 2", "Status bokslut", "Kommentar"},
               {"Sund ekonomi", "Budget i balans", "Enligt plan", "Klart", "Genomfört", "Klar i november"}}),
        "a.xlsx");
    auto reordered = mk::recognize::recognise_follow_up(
        table({{"Status bokslut", "Kommentar", "Åtagande", "Status delår 2", "Mål", "Status delår1"},
               {"Genomfört", "Klar i november", "Budget i balans", "Klart", "Sund ekonomi", "Enligt plan"}}),
        "a.xlsx");
    for (const auto* doc : {&in_order.doc, &reordered.doc}) {
        REQUIRE(doc->activities.size() == 1);
        const auto& statuses = doc->activities[0].statuses;
        REQUIRE(statuses.size() == 3);
        CHECK(statuses[0].checkpoint == mk::model::checkpoint::delar_1);
        CHECK(statuses[1].checkpoint == mk::model::checkpoint::delar_2);
        CHECK(statuses[2].checkpoint == mk::model::checkpoint::bokslut);
        CHECK(statuses[2].word == "Genomfört");
        CHECK(statuses[2].comment == "Klar i november");
    }
}

TEST_CASE("follow-up comment without a status word belongs to the latest checkpoint column") {
    auto result = mk::recognize::recognise_follow_up(
        table({{"Status bokslut", "Åtagande", "Mål", "Status delår1", "Kommentar"},
               {"", "Budget i balans", "Sund ekonomi", "", "Inte påbörjat än"}}),
        "a.xlsx");
    REQUIRE(result.doc.activities.size() == 1);
    const auto& statuses = result.doc.activities[0].statuses;
    REQUIRE(statuses.size() == 1);
    CHECK(statuses[0].checkpoint == mk::model::checkpoint::bokslut);
    CHECK(statuses[0].label == "Status bokslut");
    CHECK(statuses[0].comment == "Inte påbörjat än");
}

TEST_CASE("follow-up goal written once: a blank delmål under a new mål carries nothing from the mål before") {
    auto result = mk::recognize::recognise_follow_up(
        table({{"Mål", "Delmål", "Åtagande", "Status"},
               {"Fler i jobb", "Fler i praktik", "Praktikplatser i förvaltningen", "Klart"},
               {"", "", "Sommarjobb för unga", "Klart"},
               {"Sund ekonomi", "", "Budget i balans", "Klart"},
               {"", "Lägre kostnader", "Se över lokaler", "Klart"}}),
        "a.xlsx");
    const auto& doc = result.doc;
    REQUIRE(doc.activities.size() == 4);
    CHECK(goal_of(doc, doc.activities[0]).name == "Fler i praktik");
    CHECK(goal_of(doc, doc.activities[1]).name == "Fler i praktik");
    const auto& third = goal_of(doc, doc.activities[2]);
    CHECK(third.name == "Sund ekonomi");
    CHECK(third.level == mk::model::level::kf);
    const auto& fourth = goal_of(doc, doc.activities[3]);
    CHECK(fourth.name == "Lägre kostnader");
    REQUIRE(fourth.parent);
    CHECK(fourth.parent->target == third.id);
}

TEST_CASE("follow-up header cells: padded headers are recognised, long data texts are not headers") {
    std::string padded = "Åtagande 2018" + std::string(60, ' ') + "**";
    mk::workbook book = table({{"Mål", padded, "Status bokslut*"},
                               {"Mål", "Åtagande" + std::string(mk::recognize::max_header_bytes, '*'), "Klart"},
                               {"Bra att leva", "Ett åtagande", "Klart"}});
    auto result = mk::recognize::recognise_follow_up(book, "layout.xlsx");
    REQUIRE(result.doc.activities.size() == 2);
    CHECK(result.doc.activities[0].text.starts_with("Åtagande***"));
    CHECK(result.doc.activities[1].text == "Ett åtagande");
}

TEST_CASE("follow-up goal repeated on every row: the same delmål text under the next mål is a goal of its own") {
    auto result = mk::recognize::recognise_follow_up(
        table({{"Mål", "Delmål", "Åtagande", "Status"},
               {"Fler i jobb", "Samverkan", "Praktikplatser i förvaltningen", "Klart"},
               {"Fler i jobb", "Samverkan", "Sommarjobb för unga", "Klart"},
               {"Sund ekonomi", "Samverkan", "Gemensam upphandling", "Klart"},
               {"Sund ekonomi", "samverkan ", "Delade lokaler", "Klart"}}),
        "a.xlsx");
    const auto& doc = result.doc;
    REQUIRE(doc.activities.size() == 4);
    const auto& first = goal_of(doc, doc.activities[0]);
    CHECK(goal_of(doc, doc.activities[1]).id == first.id);
    const auto& third = goal_of(doc, doc.activities[2]);
    CHECK(third.id != first.id);
    REQUIRE(third.parent);
    CHECK(goal_of(doc, doc.activities[3]).id == third.id);  // the same text once folded
    CHECK(doc.goals.size() == 4);
    for (const auto& g : doc.goals)
        if (g.id == third.parent->target) CHECK(g.name == "Sund ekonomi");
}

TEST_CASE("follow-up header repeated with other extra headers: the rows below keep the table's columns") {
    // The same columns with the same roles again and no line above: a header repeated after a page
    // break, so the extra column keeps the name the table gave it.
    auto result = mk::recognize::recognise_follow_up(table({{"Mål", "Aktivitet", "Status", "Kostnad"},
                                                            {"Trygghet", "Rastvakter", "Klart", "100"},
                                                            {"Mål", "Aktivitet", "Status", "Kostnad kr"},
                                                            {"Trygghet", "Läxhjälp", "Pågår", "200"}}),
                                                     "a.xlsx");
    const auto& activities = result.doc.activities;
    REQUIRE(activities.size() == 2);
    for (const auto& a : activities) {
        REQUIRE(a.extras.size() == 1);
        CHECK(a.extras[0].name == "Kostnad");
    }
    CHECK(activities[1].extras[0].value == "200");
}

TEST_CASE("follow-up tables of thousands of rows: each row is read under its own table's header") {
    std::vector<std::vector<std::string>> rows;
    auto add_table = [&](const std::string& extra, int first) {
        rows.push_back({"Mål", "Aktivitet", "Status", extra});
        for (int i = first; i < first + 1500; ++i)
            rows.push_back(
                {"Mål " + std::to_string(i / 100), "Aktivitet " + std::to_string(i), "Klart", std::to_string(i)});
    };
    add_table("Kostnad", 0);
    rows.push_back({"Del två"});
    add_table("Budget", 1500);
    auto result = mk::recognize::recognise_follow_up(table(rows), "a.xlsx");
    const auto& activities = result.doc.activities;
    REQUIRE(activities.size() == 3000);
    for (std::size_t i = 0; i < activities.size(); ++i) {
        CAPTURE(i);
        REQUIRE(activities[i].text == "Aktivitet " + std::to_string(i));
        REQUIRE(activities[i].extras.size() == 1);
        REQUIRE(activities[i].extras[0].name == (i < 1500 ? "Kostnad" : "Budget"));
        REQUIRE(activities[i].extras[0].value == std::to_string(i));
        REQUIRE(activities[i].statuses.size() == 1);
    }
}

TEST_CASE("follow-up header over two rows: Status and Utfall merged over the checkpoints and years below") {
    // A1: the header; row 2 names the checkpoints under "Status" (C1:E1) and the years under
    // "Utfall" (H1:I1); the other header cells are merged down over both rows.
    mk::workbook book = table({{"Mål", "Aktivitet", "Status", "", "", "Kommentar", "Indikator", "Utfall", ""},
                               {"", "", "Delår 1", "Delår 2", "Bokslut", "", "", "2022", "2023"},
                               {"Sund ekonomi", "Budget i balans", "Enligt plan", "Avviker", "Klart", "Sent i år",
                                "Resultat (mnkr)", "12", "14"},
                               {"", "Delår 2", "", "", "", "", "", "", ""}});
    book.sheets[0].merges = {{0, 2, 0, 4}, {0, 7, 0, 8}, {0, 0, 1, 0}, {0, 1, 1, 1}, {0, 5, 1, 5}, {0, 6, 1, 6}};
    auto result = mk::recognize::recognise_follow_up(book, "a.xlsx");
    REQUIRE(result.doc.activities.size() == 2);
    const auto& statuses = result.doc.activities[0].statuses;
    REQUIRE(statuses.size() == 3);
    CHECK(statuses[0].checkpoint == mk::model::checkpoint::delar_1);
    CHECK(statuses[0].label == "Status Delår 1");
    CHECK(statuses[1].checkpoint == mk::model::checkpoint::delar_2);
    CHECK(statuses[1].word == "Avviker");
    CHECK(statuses[2].checkpoint == mk::model::checkpoint::bokslut);
    CHECK(statuses[2].word == "Klart");
    CHECK(statuses[2].comment == "Sent i år");
    REQUIRE(result.doc.activities[0].indicators.size() == 1);
    const auto& outcomes = result.doc.activities[0].indicators[0].outcomes;
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].year == 2022);
    CHECK(outcomes[1].year == 2023);
    // A row of data whose text would name a checkpoint is no second header row below the first data.
    CHECK(result.doc.activities[1].text == "Delår 2");
    // Every cell is used: none is skipped, and the second header row is no note.
    CHECK(result.cells.skipped.empty());
    CHECK(result.skipped.empty());
    CHECK(result.doc.notes.empty());
}

TEST_CASE("issue: goals with no activity under a table's last row are goals, the notes below them footnotes") {
    auto result = mk::recognize::recognise_follow_up(table({{"Nämndmål", "Aktivitet", "Status"},
                                                            {"Fler behöriga lärare", "", ""},
                                                            {"Ökad trygghet", "Rastvärdar", "Pågår"},
                                                            {"Hållbar ekonomi", "", ""},
                                                            {"Digitalisering", "", ""},
                                                            {"Källa: Skolverket", "", ""},
                                                            {"Fler elever i arbete", "", ""},
                                                            {"", "", ""},
                                                            {"Uppdaterad i mars", "", ""}}),
                                                     "mal.xlsx");
    std::vector<std::string> goals;
    for (const auto& g : result.doc.goals) goals.push_back(g.text);
    CHECK(goals ==
          std::vector<std::string>{"Fler behöriga lärare", "Ökad trygghet", "Hållbar ekonomi", "Digitalisering"});
    std::vector<std::pair<std::uint32_t, mk::recognize::skip_reason>> skipped;
    for (const auto& s : result.skipped) skipped.emplace_back(s.row + 1, s.reason);
    using reason = mk::recognize::skip_reason;
    CHECK(skipped == std::vector<std::pair<std::uint32_t, reason>>{{2, reason::goal_only},
                                                                   {4, reason::goal_only},
                                                                   {5, reason::goal_only},
                                                                   {6, reason::footnote},
                                                                   {7, reason::footnote},
                                                                   {8, reason::empty},
                                                                   {9, reason::footnote}});
    // A table that ends with a goal and then a legend keeps the goal.
    auto legend = mk::recognize::recognise_follow_up(table({{"Nämndmål", "Aktivitet", "Status"},
                                                            {"Ökad trygghet", "Rastvärdar", "Pågår"},
                                                            {"Digitalisering", "", ""},
                                                            {"Teckenförklaring:", "", ""}}),
                                                     "mal.xlsx");
    CHECK(legend.doc.goals.size() == 2);
}

TEST_CASE("follow-up unit line over rows with a unit of their own: the row's wins, the line's is kept as a field") {
    auto read = mk::recognize::recognise_follow_up(table({{"Nämndmål", "Aktivitet", "Ansvarig enhet", "Status"},
                                                          {"Skola: Västerskolan"},
                                                          {"Trygg skola", "Rastvärdar", "Elevhälsan", "Klart"},
                                                          {"", "Kamratstöd", "", "Pågår"},
                                                          {"Skola: Österskolan"},
                                                          {"Trygg skola", "Läxhjälp", "Västerskolan", "Klart"}}),
                                                   "a.xlsx");
    const auto& activities = read.doc.activities;
    REQUIRE(activities.size() == 3);
    auto fields = [](const mk::model::activity& a) {
        std::vector<std::string> out;
        for (const auto& f : a.extras) out.push_back(f.name + "=" + f.value);
        return out;
    };
    CHECK(activities[0].unit == "Elevhälsan");
    CHECK(fields(activities[0]) == std::vector<std::string>{"Skola=Västerskolan"});
    // A row with no unit of its own gets the line's; one whose own is the line's needs no field.
    CHECK(activities[1].unit == "Västerskolan");
    CHECK(fields(activities[1]).empty());
    CHECK(activities[2].unit == "Västerskolan");
    CHECK(fields(activities[2]) == std::vector<std::string>{"Skola=Österskolan"});
}
