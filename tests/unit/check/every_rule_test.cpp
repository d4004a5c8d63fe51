// Every rule of the table, each with a minimal model that triggers it and one that does not.
// A rule added to src/check/rules.cpp without an example here fails the first test case.
#include <doctest/doctest.h>

#include <string>

#include "follow_up_model.hpp"
#include "sk_model.hpp"
#include "src/check/location.hpp"
#include "src/check/rule.hpp"
#include "src/core/message.hpp"
#include "src/model/status_words.hpp"
#include "src/recognize/indicator_value.hpp"

namespace {

using mk::model::checkpoint;
using mk::model::level;
using mk::model::severity;
using namespace check_test;

mk::model::activity& first_activity(scenario& s) { return s.doc.activities.front(); }

scenario goal_not_in_chain(const std::string& chain_goal) {
    scenario s = base("Maximalt lärande för alla elever");
    s.chain.emplace();
    add_goal(*s.chain, "Sund ekonomi", "A2");
    add_goal(*s.chain, chain_goal, "A3");
    return s;
}

scenario namndmal_under_kf(bool second_has_kf) {
    scenario s;
    std::string kf = add_goal(s.doc, "Fler i jobb", "A2", level::kf);
    add_activity(s.doc, add_goal(s.doc, "Fler i praktik", "B2", level::namnd, kf), "Praktikplatser", "C2");
    add_activity(s.doc, add_goal(s.doc, "Sund ekonomi", "B3", level::namnd, second_has_kf ? kf : ""), "Budget i balans",
                 "C3");
    return s;
}

scenario second_goal(bool with_activity) {
    scenario s = base();
    std::string g = add_goal(s.doc, "Goda arbetsplatser", "A3");
    if (with_activity) add_activity(s.doc, g, "Utveckla modell för introduktion för lärare", "B3");
    return s;
}

scenario status_word(const std::string& word) {
    scenario s = base();
    first_activity(s).statuses.front().word = word;
    first_activity(s).statuses.front().value = mk::model::canonical_status(word);
    return s;
}

scenario deviation(const std::string& comment) {
    scenario s = status_word("Avviker från plan");
    first_activity(s).statuses.front().comment = comment;
    return s;
}

scenario delar_2_and_bokslut(const std::string& bokslut) {
    scenario s = base();
    auto& a = first_activity(s);
    a.statuses.clear();
    add_status(a, checkpoint::delar_2, "Klart", "E2");
    add_status(a, checkpoint::bokslut, bokslut, "F2");
    return s;
}

scenario planned_q2_as_of_october(const std::string& word) {
    scenario s = status_word(word);
    first_activity(s).planned = mk::model::plan_time{"Q2", 2, ""};
    s.as_of = "2019-10-31";
    return s;
}

scenario activity_under_second_goal(const std::string& text) {
    scenario s = base();
    add_activity(s.doc, add_goal(s.doc, "Lust och engagemang", "A3"), text, "B3");
    return s;
}

scenario second_activity_planned(int quarter) {
    scenario s = base();
    add_activity(s.doc, s.doc.goals.front().id, "Utveckla extern kommunikation", "B3", quarter);
    return s;
}

// A second activity, planned for Q4, whose status cell D3 is left empty in the Status column the
// first fills: due when no date says otherwise; not yet due as of October.
scenario status_left_empty(const std::string& as_of) {
    scenario s = base();
    add_status(add_activity(s.doc, s.doc.goals.front().id, "Utveckla extern kommunikation", "B3"), checkpoint::report,
               "", "D3");
    s.as_of = as_of;
    return s;
}

scenario girls_share(double value) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        r.results.push_back({3, "Svenska", sk_value("95 %", 95, "B18"),
                             sk_value(std::to_string(int(value)) + " %", value, "C18"), sk_value("90 %", 90, "D18"),
                             cell("A18")});
    });
}

scenario total_share(double value) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        r.results.push_back({6, "Matematik", sk_value(std::to_string(int(value)) + " %", value, "B11"),
                             sk_value("84 %", 84, "C11"), sk_value("81 %", 81, "D11"), cell("A11")});
    });
}

scenario meritvarde(double value) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        r.history.push_back({9, mk::model::history_measure::meritvarde, mk::model::pupil_group::girls, "VT-23", 2023,
                             mk::model::value_scope::school, sk_value("350,0", value, "D3")});
    });
}

scenario survey(double value) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        mk::model::survey_index s;
        s.stage = "4-6";
        s.index = "Trygghet, studiero";
        s.school = sk_value("120", value, "B5");
        s.source = cell("A5");
        r.survey.push_back(s);
    });
}

scenario planned(bool with_measurement) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        mk::model::planned_goal g;
        g.goal_text = "Arbeta för att minska den arbetsrelaterade utmattningen. (SKA)";
        if (with_measurement) g.measurement = "Medarbetarenkäten 2024.";
        g.source_columns = {1, 2, 3, 4, 5, 6};
        g.source = cell("A2");
        r.planned_goals.push_back(g);
    });
}

scenario analysed(bool with_decision) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        mk::model::analysed_goal g;
        g.goal_text = "Arbeta för en budget i balans. (SKA)";
        if (with_decision) g.keep = "Ja.";
        g.source_columns = {1, 2, 3, 4, 5, 6};
        g.source = cell("A2");
        r.analysed_goals.push_back(g);
    });
}

// The base activity in 2019 (D2, "Pågående") and the same activity in 2018 with last_year's word (D3).
scenario two_years(const std::string& last_year) {
    scenario s = base();
    first_activity(s).year = 2019;
    mk::model::activity& before = add_activity(s.doc, s.doc.goals.front().id, first_activity(s).text, "B3");
    before.year = 2018;
    add_status(before, checkpoint::report, last_year, "D3");
    return s;
}

// The base goal with its activity in 2019, and a second goal (A3) with an activity in year.
scenario second_goal_in(int year) {
    scenario s = second_goal(true);
    s.doc.activities[0].year = 2019;
    s.doc.activities[1].year = year;
    return s;
}

scenario highlighted_budget(bool with_goal) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document& doc) {
        mk::model::development_area area;
        area.key = "budget-balans";
        area.focus_area = "Ledarskap";
        area.text = "Arbeta för en budget i balans. (SKA)";
        area.ska = true;
        area.source = cell("A40");
        doc.development_areas.push_back(area);
        r.highlighted_areas.push_back("budget-balans");
        mk::model::planned_goal g;
        g.goal_text = with_goal ? "Budget i balans" : "Fler elever läser böcker.";
        g.measurement = "Bokslut.";
        g.source = cell("A2");
        r.planned_goals.push_back(g);
    });
}

scenario title(const std::string& written) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) { r.title = written; });
}

// An SK report with a value written as text ("ca 85 %", no number) or as a number.
scenario survey_written(bool as_text) {
    return sk_report([=](mk::model::sk_report& r, mk::model::document&) {
        mk::model::survey_index s;
        s.stage = "4-6";
        s.index = "Trygghet, studiero";
        s.school = as_text ? mk::model::measured_value{"ca 85 %", std::nullopt, cell("B5")} : sk_value("85", 85, "B5");
        s.source = cell("A5");
        r.survey.push_back(s);
    });
}

// An SK report with a read note of problem at A1 (detail "Ämne"), or none.
scenario read_note(mk::model::read_problem problem, bool noted) {
    return sk_report([=](mk::model::sk_report&, mk::model::document& doc) {
        if (noted) doc.read_notes.push_back({problem, cell("A1"), "Ämne"});
    });
}

// A schools file's row (Blad1, row 3) for Exempelskolan with stages and the development-area key,
// beside the area list that knows "budget-balans"; a second row (row 4) with second_code.
scenario schools_file(const std::string& stages, const std::string& key, const std::string& second_code = "") {
    scenario s;
    mk::model::development_area area;
    area.key = "budget-balans";
    area.text = "Arbeta för en budget i balans. (SKA)";
    s.doc.development_areas.push_back(area);
    mk::model::school school{"84213307", "Exempelskolan", "Sydvästra/Östra", stages, {key}, cell("B3")};
    s.doc.schools.push_back(school);
    if (!second_code.empty())
        s.doc.schools.push_back({second_code, "Björkskolan", "Sydvästra/Östra", "F-6", {}, cell("B4")});
    return s;
}

// The first activity with an indicator "Andel behöriga": target at E2, an outcome "Utfall 2019" at
// F2 unless outcome is empty, as of as_of.
scenario indicator(const std::string& target, const std::string& outcome, const std::string& as_of = "") {
    scenario s = base();
    mk::model::indicator i;
    i.name = "Andel behöriga";
    i.target = mk::recognize::parse_indicator_value(target);
    i.target_source = cell("E2");
    if (!outcome.empty())
        i.outcomes.push_back(
            {"Utfall 2019", 2019, std::nullopt, false, mk::recognize::parse_indicator_value(outcome), cell("F2")});
    first_activity(s).indicators.push_back(i);
    s.as_of = as_of;
    return s;
}

struct rule_example {
    std::string_view rule;
    // The severity DOMAIN.md gives the finding.
    severity expected_severity;
    // The one finding of the triggering model: its place, its subject, a text its message names.
    std::string location;
    std::string subject;
    std::string named;
    scenario (*triggering)();
    scenario (*clean)();
};

// The examples, one per rule.
const rule_example examples[] = {
    {"MK001", severity::fel, "Blad1!A2", "g1", "Maximalt lärande för alla elever",
     [] { return goal_not_in_chain("Maximalt lärande i alla ämnen"); },
     [] { return goal_not_in_chain("Maximalt lärande, för alla elever."); }},
    {"MK002", severity::varning, "Blad1!B3", "g3", "Sund ekonomi", [] { return namndmal_under_kf(false); },
     [] { return namndmal_under_kf(true); }},
    {"MK003", severity::varning, "Blad1!A3", "g2", "Goda arbetsplatser", [] { return second_goal(false); },
     [] { return second_goal(true); }},
    {"MK004", severity::fel, "Blad1!D2", "a1", "Utveckla samarbete med andra nämnder",
     [] { return status_word("Pågånde"); }, [] { return status_word("  pågående "); }},
    {"MK005", severity::fel, "Blad1!D2", "a1", "Utveckla samarbete med andra nämnder", [] { return deviation(""); },
     [] { return deviation("Leveransen är försenad till Q1."); }},
    {"MK006", severity::varning, "Blad1!F2", "a1", "Utveckla samarbete med andra nämnder",
     [] { return delar_2_and_bokslut("Enligt plan"); }, [] { return delar_2_and_bokslut("Genomfört"); }},
    {"MK007", severity::varning, "Blad1!B2", "a1", "Utveckla samarbete med andra nämnder",
     [] { return planned_q2_as_of_october("Pågående"); }, [] { return planned_q2_as_of_october("Genomfört"); }},
    {"MK008", severity::info, "Blad1!B3", "a2", "utveckla samarbete med andra nämnder",
     [] { return activity_under_second_goal("utveckla samarbete med andra nämnder "); },
     [] { return activity_under_second_goal("Utveckla samarbete med universitet"); }},
    {"MK009", severity::info, "Blad1!B3", "a2", "Utveckla extern kommunikation",
     [] { return second_activity_planned(0); }, [] { return second_activity_planned(3); }},
    {"MK010", severity::fel, "Blad1!C18", "", "104 %", [] { return girls_share(104); },
     [] { return girls_share(100); }},
    {"MK011", severity::fel, "Blad1!D3", "", "350,0", [] { return meritvarde(350); }, [] { return meritvarde(340); }},
    {"MK012", severity::fel, "Blad1!B5", "", "Trygghet, studiero", [] { return survey(120); },
     [] { return survey(76); }},
    {"MK013", severity::varning, "Blad1!A11", "", "Matematik", [] { return total_share(78); },
     [] { return total_share(82); }},
    {"MK014", severity::varning, "Blad1!A2", "", "arbetsrelaterade utmattningen", [] { return planned(false); },
     [] { return planned(true); }},
    {"MK015", severity::varning, "Blad1!A2", "", "budget i balans", [] { return analysed(false); },
     [] { return analysed(true); }},
    {"MK016", severity::varning, "Blad1!A40", "", "budget i balans", [] { return highlighted_budget(false); },
     [] { return highlighted_budget(true); }},
    {"MK017", severity::fel, "Blad1!A1", "", "SKOLANS NAMN", [] { return title("SKOLANS NAMN"); },
     [] { return title("Exempelskolan"); }},
    {"MK018", severity::varning, "Blad1!D3", "a2", "Utveckla extern kommunikation",
     [] { return status_left_empty(""); }, [] { return status_left_empty("2019-10-31"); }},
    {"MK019", severity::fel, "Blad1!A1", "", "Ämne",
     [] { return read_note(mk::model::read_problem::unreadable_file, true); },
     [] { return read_note(mk::model::read_problem::unreadable_file, false); }},
    {"MK020", severity::fel, "Blad1!A1", "", "SK-dokument",
     [] { return read_note(mk::model::read_problem::not_sk_document, true); },
     [] { return read_note(mk::model::read_problem::not_sk_document, false); }},
    {"MK021", severity::varning, "Blad1!A1", "", "Ämne",
     [] { return read_note(mk::model::read_problem::unexpected_cell, true); },
     [] { return read_note(mk::model::read_problem::unexpected_cell, false); }},
    {"MK022", severity::varning, "Blad1!A1", "", "Ämne",
     [] { return read_note(mk::model::read_problem::same_school_twice, true); },
     [] { return read_note(mk::model::read_problem::same_school_twice, false); }},
    {"MK023", severity::info, "Blad1!B5", "", "ca 85 %", [] { return survey_written(true); },
     [] { return survey_written(false); }},
    {"MK024", severity::varning, "Blad1!B3", "", "Stadier", [] { return schools_file("", "budget-balans"); },
     [] { return schools_file("F-9", "budget-balans"); }},
    {"MK025", severity::varning, "Blad1!B3", "", "budget-balnas", [] { return schools_file("F-9", "budget-balnas"); },
     [] { return schools_file("F-9", "budget-balans"); }},
    {"MK026", severity::fel, "Blad1!B4", "", "84213307",
     [] { return schools_file("F-9", "budget-balans", "84213307"); },
     [] { return schools_file("F-9", "budget-balans", "61750428"); }},
    {"MK027", severity::varning, "Blad1!F2", "a1", "72 % (Utfall 2019) når inte målvärdet ≥ 75 % (Målvärde, Blad1!E2)",
     [] { return indicator("≥ 75 %", "72 %"); }, [] { return indicator("≥ 75 %", "81 %"); }},
    {"MK028", severity::varning, "Blad1!E2", "a1", "Andel behöriga",
     [] { return indicator("≥ 75 %", "", "2019-12-31"); }, [] { return indicator("≥ 75 %", "", "2019-10-31"); }},
    {"MK029", severity::fel, "Blad1!E2", "a1", "85 %%", [] { return indicator("85 %%", ""); },
     [] { return indicator("85 %", ""); }},
    {"MK030", severity::varning, "Blad1!D2", "a1", "Utveckla samarbete med andra nämnder",
     [] { return two_years("Genomfört"); }, [] { return two_years("Pågående"); }},
    {"MK031", severity::varning, "Blad1!A3", "g2", "Goda arbetsplatser", [] { return second_goal_in(2018); },
     [] { return second_goal_in(2019); }},
    {"MK032", severity::varning, "Blad1!A1", "", "Ämne",
     [] { return read_note(mk::model::read_problem::unread_text, true); },
     [] { return read_note(mk::model::read_problem::unread_text, false); }},
};

const rule_example* example_for(std::string_view rule) {
    for (const rule_example& e : examples)
        if (e.rule == rule) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("every rule of the table has an example here, and every example a rule") {
    for (const mk::check::rule& r : mk::check::all_rules()) {
        CAPTURE(r.id);
        CHECK_MESSAGE(example_for(r.id), "add a triggering and a clean model for this rule to examples[]");
    }
    for (const rule_example& e : examples) {
        bool known = false;
        for (const mk::check::rule& r : mk::check::all_rules()) known = known || r.id == e.rule;
        CHECK_MESSAGE(known, e.rule << " is no rule of the table");
    }
}

TEST_CASE("every rule finds its example at its place with its severity, and nothing in the clean model") {
    mk::set_language(mk::language::sv);
    for (const mk::check::rule& r : mk::check::all_rules()) {
        CAPTURE(r.id);
        const rule_example* e = example_for(r.id);
        if (!e) continue;
        CHECK(r.severity == e->expected_severity);
        CHECK_FALSE(r.description.sv.empty());
        CHECK_FALSE(r.description.en.empty());
        // The triggering model gives one finding, of this rule only.
        auto found = e->triggering().run_all();
        REQUIRE(found.size() == 1);
        const mk::model::finding& f = found.front();
        CHECK(f.rule == r.id);
        CHECK(f.severity == e->expected_severity);
        CHECK(f.location.file == "uppfoljning.xlsx");
        CHECK(mk::check::format_location(f.location) == e->location);
        CHECK(f.subject == e->subject);
        CHECK_MESSAGE(f.message.find(e->named) != std::string::npos, f.message);
        CHECK(e->clean().run_all().empty());
    }
}

TEST_CASE("MK021: a row the template does not have is named as a row that was not read") {
    mk::set_language(mk::language::sv);
    auto found = read_note(mk::model::read_problem::unexpected_row, true).run_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "MK021");
    CHECK(found[0].message == "raden \"Ämne\" finns inte i mallen och är inte inläst; resten av tabellen är inläst");
    CHECK(read_note(mk::model::read_problem::unexpected_row, false).run_all().empty());
}
