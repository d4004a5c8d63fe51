// `sk generate` on the fixtures: the schools and results files, and the filled template.
#include <doctest/doctest.h>
#include <algorithm>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/registry.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/schools.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/sk/plan.hpp"
#include "src/sk/ska_goals.hpp"

using namespace mk;

namespace {

std::string fixture(const std::string& path) { return std::string(MK_FIXTURES) + "/" + path; }

const model::school& school_named(const std::vector<model::school>& schools, const std::string& name) {
    for (const auto& s : schools)
        if (s.name == name) return s;
    FAIL("no school " << name);
    return schools.front();
}

sk::plan_inputs inputs() {
    sk::plan_inputs in;
    in.chain = pipeline::load_inputs({fixture("sk/sk-mall-2023-2024.docx")}, {}).doc;
    auto schools = recognize::read_schools(read_workbook(read_input_file(fixture("skolor/skolor.xlsx")), "skolor"));
    in.chain.schools = schools.schools;
    in.development_areas = schools.development_areas;
    in.survey = recognize::read_results(
                    read_workbook(read_input_file(fixture("resultat/normer-varden-2023.xlsx")), "normer-varden-2023"))
                    .survey;
    in.lasar = 2024;
    in.template_lasar = 2023;
    return in;
}

// Two KF goals with two and one nämndmål, and a nämndmål under none.
std::vector<model::goal> chain_goals() {
    auto goal = [](std::string id, model::level level, std::string parent, std::string text) {
        model::goal g;
        g.id = std::move(id);
        g.level = level;
        if (!parent.empty()) g.parent = model::link{parent, model::link_kind::structure, std::nullopt};
        g.text = std::move(text);
        return g;
    };
    return {goal("k1", model::level::kf, "", "En trygg och lyckad skolgång"),
            goal("n1", model::level::namnd, "k1", "Eleverna når kunskapskraven."),
            goal("n2", model::level::namnd, "k1", "Eleverna undervisas av behöriga lärare."),
            goal("k2", model::level::kf, "", "En sund ekonomi"),
            goal("n3", model::level::namnd, "k2", "Ekonomi i balans."),
            goal("n4", model::level::namnd, "", "Medarbetarna är engagerade.")};
}

// The SKA-mål of the latest year a filled SK document holds, as last year's document gives them.
std::vector<merged_group> ska_goals_in(const document& doc) {
    return sk::ska_goals_of_chain(recognize::recognise_sk_document(doc, "skola.docx"));
}

// The first table after the heading containing heading.
const block& table_after(const document& doc, const std::string& heading) {
    bool seen = false;
    for (const auto& b : doc.blocks) {
        if (b.kind == block_kind::heading) seen = b.text.find(heading) != std::string::npos;
        if (seen && b.kind == block_kind::table) return b;
    }
    FAIL("no table after " << heading);
    return doc.blocks.front();
}

}  // namespace

TEST_CASE("schools file: 12 schools, 13 development areas, the CSV twin the same schools") {
    auto book = recognize::read_schools(read_workbook(read_input_file(fixture("skolor/skolor.xlsx")), "skolor"));
    REQUIRE(book.schools.size() == 12);
    CHECK(book.development_areas.size() == 13);
    CHECK(school_named(book.schools, "Lönnskolan").code == "05719246");
    CHECK(school_named(book.schools, "Exempelskolan").development_areas.size() == 5);
    CHECK(school_named(book.schools, "Aspviksskolan").development_areas.empty());
    auto csv = recognize::read_schools(read_workbook(read_input_file(fixture("skolor/skolor.csv")), "skolor"));
    REQUIRE(csv.schools.size() == 12);
    for (std::size_t i = 0; i < 12; ++i) {
        CHECK(csv.schools[i].code == book.schools[i].code);
        CHECK(csv.schools[i].development_areas == book.schools[i].development_areas);
    }
}

TEST_CASE("results file: 23 school rows and 9 aggregate rows, one empty value") {
    auto rows = recognize::read_results(
                    read_workbook(read_input_file(fixture("resultat/normer-varden-2023.xlsx")), "normer-varden-2023"))
                    .survey;
    std::size_t schools = 0, aggregates = 0, empty = 0;
    for (const auto& row : rows) {
        (row.code.empty() ? aggregates : schools)++;
        for (const auto& [index, value] : row.values) empty += value.empty();
    }
    CHECK(schools == 23);
    CHECK(aggregates == 9);
    CHECK(empty == 1);
}

TEST_CASE("a later läsår: years shifted once, an F-3 school's plan drops ÅK 6 and 9") {
    auto in = inputs();
    const auto& school = school_named(in.chain.schools, "Ekbackens skola");
    auto plan = sk::plan_for_school(in, school, {}, false);
    CHECK(plan.update_fields);
    for (auto format : {"docx", "odt"}) {
        auto bytes = read_input_file(fixture(std::string("sk/sk-mall-2023-2024.") + format));
        auto filled = std::string(format) == "docx" ? fill_docx(bytes, plan).bytes : fill_odt(bytes, plan).bytes;
        auto text = dump_document(read_document(filled));
        CHECK(text.find("SKOLANS NAMN") == std::string::npos);
        CHECK(text.find("\"Ekbackens skola\"") != std::string::npos);
        CHECK(text.find("Planering 2024-2025") != std::string::npos);
        CHECK(text.find("Uppföljning 2023-2024") != std::string::npos);
        CHECK(text.find("2022-2023") == std::string::npos);
        CHECK(text.find("RESULTATREDOVISNING ÅK 9") == std::string::npos);
        CHECK(text.find("ÅK 6 - RESULTATREDOVISNING") == std::string::npos);
        CHECK(text.find("RESULTATREDOVISNING ÅK 3") != std::string::npos);
        CHECK(text.find("heading 2 \"ÅK 7-9\"") == std::string::npos);
    }
}

TEST_CASE("--update keeps what the school wrote and sets the values again") {
    auto in = inputs();
    in.lasar = 2023;
    const auto& school = school_named(in.chain.schools, "Exempelskolan");
    auto bytes = read_input_file(fixture("sk/exempelskolan-ifylld-2023.docx"));
    auto before = dump_document(read_document(bytes));
    auto after = dump_document(read_document(fill_docx(bytes, sk::plan_for_school(in, school, {}, true)).bytes));
    for (std::string kept : {"Öka elevernas upplevelse av studiero.", "Arbeta för att minska sjukfrånvaron. (SKA)"}) {
        CHECK(before.find(kept) != std::string::npos);
        CHECK(after.find(kept) != std::string::npos);
    }
}

TEST_CASE("both years' SKA-mål tables: last year's from the previous chain, with a header and KF goals merged") {
    auto in = inputs();
    in.chain.goals = chain_goals();
    in.previous_chain = in.chain;
    // Last year, the first KF goal had only its second nämndmål.
    in.previous_chain->goals.erase(in.previous_chain->goals.begin() + 1);
    auto groups = sk::ska_goals_of_chain(in.chain);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].below.size() == 2);
    CHECK(groups[2].top.empty());
    CHECK(sk::fills_previous_ska_goals(in, {}));
    const auto& school = school_named(in.chain.schools, "Exempelskolan");
    auto plan = sk::plan_for_school(in, school, {}, false);
    for (auto format : {"docx", "odt"}) {
        auto bytes = read_input_file(fixture(std::string("sk/sk-mall-2023-2024.") + format));
        auto doc =
            read_document(std::string(format) == "docx" ? fill_docx(bytes, plan).bytes : fill_odt(bytes, plan).bytes);
        const auto& last_year = table_after(doc, "BILAGA 3 - SKA-MÅL - GRUNDSKOLENÄMNDENS MÅL 2023");
        const auto& this_year = table_after(doc, "BILAGA 5 - SKA-MÅL - GRUNDSKOLENÄMNDENS MÅL 2024");
        CHECK(plain_text(last_year.rows[0].cells[0].blocks) == "Kommunfullmäktigemål:");
        CHECK(plain_text(this_year.rows[1].cells[0].blocks) == "En trygg och lyckad skolgång");
        CHECK(this_year.rows.size() == 5);
        CHECK(last_year.rows.size() == 4);
        CHECK(last_year.rows[1].cells[0].row_span == 1);
        CHECK(this_year.rows[1].cells[0].row_span == 2);
        CHECK(this_year.rows[2].cells[0].covered);
        // The filled document's latest table is this year's: next year it is last year's.
        auto latest = ska_goals_in(doc);
        REQUIRE(latest.size() == groups.size());
        CHECK(latest.front().top == groups.front().top);
        CHECK(latest.front().below == groups.front().below);
    }
}

TEST_CASE("last year's SKA-mål from the school's previous document when there is no previous chain") {
    auto in = inputs();
    sk::previous_year previous;
    previous.ska_goals = ska_goals_in(read_document(read_input_file(fixture("sk/exempelskolan-ifylld-2023.docx"))));
    REQUIRE(previous.ska_goals.size() == 5);
    CHECK(previous.ska_goals.front().below.size() == 2);
    CHECK_FALSE(sk::fills_previous_ska_goals(in, {}));
    CHECK(sk::fills_previous_ska_goals(in, previous));
    previous.ska_goals.front().below.push_back("Ett mål som bara fanns förra året.");
    auto plan = sk::plan_for_school(in, school_named(in.chain.schools, "Exempelskolan"), previous, false);
    auto doc = read_document(fill_odt(read_input_file(fixture("sk/sk-mall-2023-2024.odt")), plan).bytes);
    const auto& last_year = table_after(doc, "BILAGA 3");
    REQUIRE(last_year.rows.size() == 8);
    CHECK(last_year.rows[1].cells[0].row_span == 3);
    CHECK(plain_text(last_year.rows[3].cells[1].blocks) == "Ett mål som bara fanns förra året.");
}

TEST_CASE("Målanalys: last year's goal that the chain dropped says so in \"Ska målet finnas kvar?\"") {
    auto in = inputs();
    in.dropped_goals = {chain_goals()[1]};  // Eleverna når kunskapskraven.
    sk::previous_year previous;
    for (std::string text : {"Eleverna når kunskapskraven: minst 85 % har minst E i lästa ämnen. (SKA)",
                             "Eleverna undervisas av behöriga lärare."}) {
        model::planned_goal goal;
        goal.focus_area = "Lärande";
        goal.goal_text = text;
        previous.goals.push_back(goal);
    }
    // The text of a row's "Ska målet finnas kvar?" column.
    auto keep_of = [](const row_fill& fill, std::size_t row) {
        auto column = std::find(fill.columns.begin(), fill.columns.end(), "finnas kvar");
        REQUIRE(column != fill.columns.end());
        return fill.rows[row][static_cast<std::size_t>(column - fill.columns.begin())];
    };
    auto plan = sk::plan_for_school(in, school_named(in.chain.schools, "Exempelskolan"), previous, false);
    REQUIRE(plan.rows.size() == 1);
    REQUIRE(plan.rows[0].rows.size() == 2);
    CHECK(keep_of(plan.rows[0], 0) == sk::dropped_goal_note());
    CHECK(keep_of(plan.rows[0], 1).empty());
    auto doc = read_document(fill_docx(read_input_file(fixture("sk/sk-mall-2023-2024.docx")), plan).bytes);
    CHECK(plain_text(doc.blocks).find(sk::dropped_goal_note()) != std::string::npos);
    in.dropped_goals.clear();
    CHECK(keep_of(sk::plan_for_school(in, school_named(in.chain.schools, "Exempelskolan"), previous, false).rows[0], 0)
              .empty());
}
