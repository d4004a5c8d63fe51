// What the findings say: suggestions, the goals and words they name, when a rule holds back, and
// the order and language of the findings.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "follow_up_model.hpp"
#include "sk_model.hpp"
#include "src/core/message.hpp"
#include "src/model/status_words.hpp"
#include "src/recognize/indicator_value.hpp"

namespace {

using mk::model::checkpoint;
using namespace check_test;

scenario with_status(const std::string& word) {
    scenario s = base();
    auto& status = s.doc.activities.front().statuses.front();
    status.word = word;
    status.value = mk::model::canonical_status(word);
    return s;
}

std::vector<std::string> rules_of(const mk::check::findings& found) {
    std::vector<std::string> out;
    for (const auto& f : found) out.push_back(f.rule);
    return out;
}

}  // namespace

TEST_CASE("MK004: case and spaces alone are no finding") {
    for (std::string word : {"  pågående ", "PÅGÅENDE", "enligt  plan", "Avviker från plan.", "genomfört"}) {
        CAPTURE(word);
        auto found = with_status(word).run_all();
        CHECK(std::count_if(found.begin(), found.end(), [](const auto& f) { return f.rule == "MK004"; }) == 0);
    }
}

TEST_CASE("MK004: the suggestion is the nearest known status word") {
    mk::set_language(mk::language::sv);
    struct typo {
        std::string written;
        std::string meant;
    };
    for (const typo& t : {typo{"Pågånde", "Pågående"}, typo{"Genomfröt", "Genomfört"},
                          typo{"Avikker från plan", "Avviker från plan"}, typo{"Kvastår", "Kvarstår"}}) {
        CAPTURE(t.written);
        auto found = with_status(t.written).run_all();
        REQUIRE(found.size() == 1);
        CHECK(found[0].rule == "MK004");
        CHECK(found[0].suggestion == "menade du \"" + t.meant + "\"?");
        CHECK(found[0].message.find("\"" + t.written + "\"") != std::string::npos);
    }
}

TEST_CASE("MK001: the suggestion names the nearest goal of the chain, or says none is near") {
    mk::set_language(mk::language::sv);
    scenario s = base("Maximalt lärande för alla elever");
    s.chain.emplace();
    add_goal(*s.chain, "Sund ekonomi", "A2");
    add_goal(*s.chain, "Maximalt lärande i alla ämnen", "A3");
    auto found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].suggestion.find("\"Maximalt lärande i alla ämnen\"") != std::string::npos);
    CHECK(found[0].message.find("(1 aktivitet)") != std::string::npos);

    s.chain->goals.pop_back();
    found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].suggestion == "inget mål i kedjan liknar det");
}

TEST_CASE("MK001: a goal written as short name and description matches the chain's short name") {
    scenario s = base("Maximalt lärande - Alla elever utmanas i sitt lärande");
    s.doc.goals.front().name = "Maximalt lärande";
    s.doc.goals.front().description = "Alla elever utmanas i sitt lärande";
    s.chain.emplace();
    add_goal(*s.chain, "Maximalt lärande - Alla elever utmanas i sitt lärande.", "A2");
    CHECK(s.run_all().empty());
}

TEST_CASE("MK008: the message names the other goal and where the activity stands under it") {
    mk::set_language(mk::language::sv);
    scenario s = base();
    add_activity(s.doc, add_goal(s.doc, "Lust och engagemang", "A3"), "Utveckla samarbete med andra nämnder", "B3");
    auto found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("\"Likvärdiga möjligheter\"") != std::string::npos);
    CHECK(found[0].message.find("Blad1!B2") != std::string::npos);
}

TEST_CASE("MK008: the same activity twice under one goal is no finding") {
    scenario s = base();
    add_activity(s.doc, s.doc.goals.front().id, "Utveckla samarbete med andra nämnder", "B3");
    CHECK(s.run_all().empty());
}

TEST_CASE("MK006: the message names both status words, a cancelled activity is no regression") {
    mk::set_language(mk::language::sv);
    scenario s = base();
    auto& a = s.doc.activities.front();
    a.statuses.clear();
    add_status(a, checkpoint::delar_1, "Enligt plan", "E2");
    add_status(a, checkpoint::delar_2, "Klart", "F2");
    add_status(a, checkpoint::bokslut, "Pågående", "G2");
    auto found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("\"Klart\"") != std::string::npos);
    CHECK(found[0].message.find("\"Pågående\"") != std::string::npos);

    a.statuses.back().word = "Utgår";
    a.statuses.back().value = mk::model::canonical_status("Utgår");
    CHECK(s.run_all().empty());
}

TEST_CASE("MK007: needs a reference date, and the quarter's last day has not passed yet") {
    scenario s = base();
    s.doc.activities.front().planned = mk::model::plan_time{"Q3", 3, ""};
    CHECK(s.run_all().empty());
    s.as_of = "2019-09-30";
    CHECK(s.run_all().empty());
    s.as_of = "2019-10-01";
    CHECK(rules_of(s.run_all()) == std::vector<std::string>{"MK007"});
    s.doc.activities.front().planned = mk::model::plan_time{"30 juni", std::nullopt, "2019-06-30"};
    CHECK(rules_of(s.run_all()) == std::vector<std::string>{"MK007"});
}

TEST_CASE("MK007 names the planned time once: a quarter with its last day, a date alone") {
    mk::set_language(mk::language::sv);
    scenario s = base();
    s.as_of = "2019-10-01";
    s.doc.activities.front().planned = mk::model::plan_time{"Q3", 3, ""};
    auto found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.starts_with("planerad tidpunkt Q3 (2019-09-30) har passerat per 2019-10-01"));
    s.doc.activities.front().planned = mk::model::plan_time{"2019-06-30", std::nullopt, "2019-06-30"};
    found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.starts_with("planerad tidpunkt 2019-06-30 har passerat per 2019-10-01"));
}

TEST_CASE("MK007: an activity without a status is said to have none, never a status \"\"") {
    mk::set_language(mk::language::sv);
    scenario s = base();
    s.as_of = "2019-10-01";
    auto& a = s.doc.activities.front();
    a.planned = mk::model::plan_time{"Q3", 3, ""};
    a.statuses.clear();
    auto found = s.run_all();
    REQUIRE(rules_of(found) == std::vector<std::string>{"MK007"});
    CHECK(found[0].message.find("har ingen status") != std::string::npos);
    CHECK(found[0].message.find("\"\"") == std::string::npos);
    mk::set_language(mk::language::en);
    found = s.run_all();
    CHECK(found[0].message.find("has no status") != std::string::npos);
    mk::set_language(mk::language::sv);
}

TEST_CASE("MK005: a comment at any checkpoint explains the deviation") {
    scenario s = base();
    auto& a = s.doc.activities.front();
    a.statuses.clear();
    add_status(a, checkpoint::delar_2, "Avviker från plan", "E2", "Upphandlingen är överklagad.");
    add_status(a, checkpoint::bokslut, "Avviker från plan", "F2");
    CHECK(s.run_all().empty());
    a.statuses.front().comment.clear();
    CHECK(rules_of(s.run_all()) == std::vector<std::string>{"MK005", "MK005"});
}

TEST_CASE("findings come ordered by rule id, in the current language") {
    scenario s = with_status("Pågånde");
    add_activity(s.doc, s.doc.goals.front().id, "Utveckla extern kommunikation", "B3", 0);
    add_goal(s.doc, "Goda arbetsplatser", "A4");
    mk::set_language(mk::language::en);
    auto found = s.run_all();
    mk::set_language(mk::language::sv);
    CHECK(rules_of(found) == std::vector<std::string>{"MK003", "MK004", "MK009"});
    REQUIRE(found.size() == 3);
    CHECK(found[1].message == "unknown status word \"Pågånde\" for the activity \"Utveckla samarbete med andra nämnder\"");
    CHECK(found[1].suggestion == "did you mean \"Pågående\"?");
    CHECK(found[2].message == "the activity \"Utveckla extern kommunikation\" has no planned time");
}

TEST_CASE("MK004: no suggestion of another meaning, symbols and colours say what would explain them") {
    mk::set_language(mk::language::sv);
    for (std::string word : {"Oklart", "E genomfört", "Se kommentar"}) {
        CAPTURE(word);
        auto found = with_status(word).run_all();
        REQUIRE(found.size() == 1);
        CHECK(found[0].suggestion.find("menade du") == std::string::npos);
        CHECK(found[0].suggestion.find("--statusord") != std::string::npos);
    }
    auto symbol = with_status("▲").run_all();
    REQUIRE(symbol.size() == 1);
    CHECK(symbol[0].message.starts_with("symbolen \"▲\" säger inte"));
    CHECK(symbol[0].suggestion.find("\"▲ = Genomfört\"") != std::string::npos);
    for (std::string colour : {"#0070C0", "● #0070C0", "Blå"}) {
        CAPTURE(colour);
        auto found = with_status(colour).run_all();
        REQUIRE(found.size() == 1);
        CHECK(found[0].message.starts_with("färgen \"" + colour + "\" säger inte"));
    }
    // A light word and a colour with an assumed meaning are known.
    CHECK(with_status("Röd").run_all().size() == 1);  // MK005: red deviates and has no comment
    CHECK(with_status("Grön").run_all().empty());
}

namespace {

// Two activities of one Status column: the first says "Pågående" (D2), the second's cell D3 is
// empty (a report without a word) or holds only a comment of a table nobody fills (no label).
scenario second_status(const std::string& label, int quarter, const std::string& as_of) {
    scenario s = base();
    auto& a = add_activity(s.doc, s.doc.goals.front().id, "Utveckla extern kommunikation", "B3", quarter);
    add_status(a, checkpoint::report, "", "D3", "Kommentar utan status");
    a.statuses.back().label = label;
    s.as_of = as_of;
    return s;
}

}  // namespace

TEST_CASE("MK018: an empty status cell is found when it is due, in a column others fill") {
    auto due = second_status("Status", 4, "").run_all();
    REQUIRE(rules_of(due) == std::vector<std::string>{"MK018"});
    CHECK(due[0].location.cell == "D3");
    CHECK(due[0].message.find("\"Status\"") != std::string::npos);
    // Planned for Q4: not yet due in October, due in January.
    CHECK(second_status("Status", 4, "2019-10-31").run_all().empty());
    // (In January both activities' Q4 has passed: MK007 for each.)
    CHECK(rules_of(second_status("Status", 4, "2020-01-15").run_all()) ==
          std::vector<std::string>{"MK007", "MK007", "MK018"});
    // A comment in a table without a status column, or in a column nobody fills, is no empty status.
    CHECK(second_status("", 4, "").run_all().empty());
    CHECK(second_status("Status bokslut*", 4, "").run_all().empty());
}

namespace {

// base() with one indicator per target on the first activity, its target at E<row> and its outcome
// "Utfall 2019" at F<row> (none when empty).
scenario with_indicators(const std::vector<std::pair<std::string, std::string>>& targets_and_outcomes) {
    scenario s = base();
    int row = 2;
    for (const auto& [target, outcome] : targets_and_outcomes) {
        mk::model::indicator i;
        i.target = mk::recognize::parse_indicator_value(target);
        i.target_source = cell("E" + std::to_string(row));
        if (!outcome.empty())
            i.outcomes.push_back({"Utfall 2019", 2019, std::nullopt, false,
                                  mk::recognize::parse_indicator_value(outcome), cell("F" + std::to_string(row))});
        s.doc.activities.front().indicators.push_back(i);
        ++row;
    }
    return s;
}

}  // namespace

TEST_CASE(
    "MK027: each comparison is met on its side, a share meets a percentage as its percent (0,9 is 90 %), "
    "words and last year's outcome are never judged") {
    struct row {
        const char* target;
        const char* outcome;
        bool met;
    };
    for (const row& r :
         {row{"75 %", "75 %", true}, row{"75", "74,9", false}, row{"≥ 75", "75", true}, row{"> 75", "75", false},
          row{"högst 5", "5", true}, row{"≤ 5", "5,5", false}, row{"< 10", "9", true}, row{"under 10", "10", false},
          row{"minst 85 %", "0,9", true}, row{"minst 85 %", "0,8", false}, row{"0,8", "85 %", true},
          row{"≥ 1 %", "0,5", false}, row{"Öka", "12", true}, row{"75", "Ej mätt", true}}) {
        CAPTURE(r.target);
        CAPTURE(r.outcome);
        CHECK(rules_of(with_indicators({{r.target, r.outcome}}).run_all()) ==
              (r.met ? std::vector<std::string>{} : std::vector<std::string>{"MK027"}));
    }
    scenario s = with_indicators({{"≥ 75", "80"}});
    s.doc.activities.front().indicators.front().outcomes.push_back({"Utfall föregående år", std::nullopt, std::nullopt,
                                                                    true, mk::recognize::parse_indicator_value("60"),
                                                                    cell("G2")});
    CHECK(s.run_all().empty());
}

TEST_CASE("MK028: year end is a report date of 31 December or a bokslut checkpoint, an outcome in words counts") {
    CHECK(rules_of(with_indicators({{"≥ 75", ""}}).run_all()).empty());
    scenario bokslut = with_indicators({{"≥ 75", ""}});
    bokslut.doc.activities.front().statuses.front().checkpoint = checkpoint::bokslut;
    CHECK(rules_of(bokslut.run_all()) == std::vector<std::string>{"MK028"});
    scenario words = with_indicators({{"≥ 75", "Ej mätt"}});
    words.as_of = "2019-12-31";
    CHECK(words.run_all().empty());
}

TEST_CASE("MK029: words are no value only among numbers, a malformed outcome is found at its cell") {
    CHECK(with_indicators({{"Öka", "12"}}).run_all().empty());
    CHECK(with_indicators({{"Öka", "12"}, {"Minska", "3"}, {"75", "80"}}).run_all().empty());
    auto found = with_indicators({{"abc", ""}, {"75", "80"}, {"–", ""}, {"60 %", "61 %"}}).run_all();
    REQUIRE(rules_of(found) == std::vector<std::string>{"MK029"});
    CHECK(found.front().location.cell == "E2");
    auto outcome = with_indicators({{"75", "7,5,3"}}).run_all();
    REQUIRE(rules_of(outcome) == std::vector<std::string>{"MK029"});
    CHECK(outcome.front().location.cell == "F2");
    CHECK(outcome.front().message.find("\"7,5,3\"") != std::string::npos);
}

TEST_CASE("MK030 compares each unit with itself: only the school whose activity went back is named") {
    check_test::scenario s;
    std::string goal = check_test::add_goal(s.doc, "Likvärdiga möjligheter", "C2");
    int row = 2;
    for (auto [unit, year, word] : {std::tuple{"Skola B", 2018, "Genomfört"}, std::tuple{"Skola B", 2019, "Pågående"},
                                    std::tuple{"Skola A", 2018, "Pågående"}, std::tuple{"Skola A", 2019, "Pågående"}}) {
        auto& a = check_test::add_activity(s.doc, goal, "Utveckling av elevhälsan", "D" + std::to_string(row));
        a.unit = unit;
        a.year = year;
        check_test::add_status(a, mk::model::checkpoint::report, word, "E" + std::to_string(row++));
    }
    int found = 0;
    for (const auto& f : s.run_all())
        if (f.rule == "MK030") {
            ++found;
            CHECK(f.location.cell == "E3");
            CHECK(f.message.find("\"Utveckling av elevhälsan\" (Skola B) var \"Genomfört\" 2018") != std::string::npos);
        }
    CHECK(found == 1);
}

TEST_CASE("MK016 names the document of the school that marked the area, not the one its list was read from") {
    // Two schools of one area: the area's list is read from the first school's document.
    scenario s = sk_report([](mk::model::sk_report& r, mk::model::document& doc) {
        mk::model::development_area area;
        area.key = "budget-balans";
        area.text = "Arbeta för en budget i balans. (SKA)";
        area.ska = true;
        area.source = mk::model::source_ref{"bjorkskolan.docx", {}, {}, "BILAGA 6", {}, {}, {}, 11};
        doc.development_areas.push_back(area);
        r.school = "Lönnskolan";
        r.source = mk::model::source_ref{"lonnskolan.docx", {}, {}, "", {}, {}, {}, {}};
        r.highlighted_areas.push_back("budget-balans");
    });
    auto found = s.run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "MK016");
    CHECK(found[0].location.file == "lonnskolan.docx");
    CHECK(found[0].location.section == "BILAGA 6");
    // The other document's paragraph number need not be this one's.
    CHECK_FALSE(found[0].location.paragraph);
}

TEST_CASE("MK013: a total written as a fraction beside the girls' and boys' percentages is compared as one") {
    auto with_total = [](const std::string& written, double number) {
        return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
            r.results.push_back({6, "Matematik", sk_value(written, number, "B11"), sk_value("84 %", 84, "C11"),
                                 sk_value("80 %", 80, "D11"), cell("A11")});
        });
    };
    CHECK(with_total("0,82", 0.82).run_all().empty());
    auto found = with_total("0,95", 0.95).run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "MK013");
}
