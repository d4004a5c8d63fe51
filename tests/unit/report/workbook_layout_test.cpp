// The report workbook of the follow-up fixtures: sheets, the detail's header, merges, fills, frozen
// header and autofilter, the summary's counts, and the detail read back as the same model.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "converters/registry.hpp"
#include "converters/xlsx/write.hpp"
#include "fixture_reports.hpp"
#include "src/core/error.hpp"
#include "src/normalized/write.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/follow_up.hpp"
#include "src/report/report.hpp"

using report_test::load_fixture;
using report_test::row_texts;
using report_test::row_with;
using report_test::sheet_named;

namespace {

const std::string atagande = "uppfoljning/atagande-2018.xlsx";
const std::string verksamhetsplan = "uppfoljning/verksamhetsplan-2019.xlsx";

// The row of the detail table's header: the one holding "Aktivitet".
std::uint32_t detail_header(const mk::sheet& s) {
    for (const mk::cell& c : s.cells)
        if (c.text == "Aktivitet") return c.row;
    FAIL("no header in " << s.name);
    return 0;
}

std::string canonical(const mk::model::document& doc) {
    mk::normalized::write_options options;
    options.provenance = false;
    return mk::normalized::write_normalized(doc, options);
}

// Adds a nämndmål with this text and no activity, a copy of the second goal, as the third goal.
mk::model::goal& insert_goal_without_activities(mk::model::document& doc, const std::string& text) {
    mk::model::goal lonely = doc.goals.at(1);
    lonely.id = "lonely";
    lonely.text = text;
    lonely.name = lonely.text;
    lonely.description.clear();
    return *doc.goals.insert(doc.goals.begin() + 2, lonely);
}

}  // namespace

TEST_CASE("report workbook has the summary, the detail and the findings, in that order") {
    auto doc = load_fixture({atagande});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[0].name == "Sammanfattning");
    CHECK(book.sheets[1].name == "Uppföljning");
    CHECK(book.sheets[2].name == "Fynd");
    CHECK(book.properties.title == "Uppföljning åtagande delårsrapport per den 31 december år 2018");
    CHECK(book.properties.created.empty());
    mk::workbook dated = mk::report::build_report_workbook(doc, {}, {"Rapport till nämnden", "2019-01-23"});
    CHECK(dated.properties.title == "Rapport till nämnden");
    CHECK(dated.properties.created == "2019-01-23");
}

TEST_CASE("detail sheet: title block, header with the original status labels, frozen and filtered") {
    auto doc = load_fixture({atagande});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& detail = sheet_named(book, "Uppföljning");
    CHECK(row_texts(detail, 0) ==
          std::vector<std::string>{"Uppföljning åtagande delårsrapport per den 31 december år 2018"});
    CHECK(row_texts(detail, row_with(detail, "Kommun")) == std::vector<std::string>{"Kommun", "Huddinge"});
    CHECK(row_texts(detail, row_with(detail, "Diarienummer")) ==
          std::vector<std::string>{"Diarienummer", "GAN-2019/10.603"});
    CHECK(row_texts(detail, row_with(detail, "År")) == std::vector<std::string>{"År", "2018"});
    CHECK(row_texts(detail, row_with(detail, "Per")) == std::vector<std::string>{"Per", "2018-12-31"});
    std::uint32_t header = detail_header(detail);
    CHECK(row_texts(detail, header) == std::vector<std::string>{"Kommunfullmäktiges mål", "Nämndmål", "Aktivitet",
                                                                "Särskilt prioriterat", "Status delår1*",
                                                                "Status delår2*", "Status bokslut*", "Kommentar"});
    const mk::cell* first = detail.find(header, 0);
    REQUIRE(first);
    CHECK(book.styles[first->style].bold);
    CHECK(detail.frozen_rows == header + 1);
    REQUIRE(detail.autofilter);
    CHECK(detail.autofilter->first_row == header);
    CHECK(detail.autofilter->last_col == 7);
    // The filter ends on the last activity's row (the notes of the sources stand below it).
    CHECK(detail.find(detail.autofilter->last_row, 2) != nullptr);
    CHECK(detail.find(detail.autofilter->last_row + 1, 2) == nullptr);
    CHECK(detail.column_widths.size() == 8);
}

TEST_CASE("detail sheet leaves out the columns no activity uses") {
    auto doc = load_fixture({verksamhetsplan});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& detail = sheet_named(book, "Uppföljning");
    CHECK(row_texts(detail, detail_header(detail)) ==
          std::vector<std::string>{"Perspektiv", "Nämndmål", "Aktivitet", "Slutfört", "Status", "Kommentar"});
}

TEST_CASE("detail sheet merges each goal down over its activities and keeps only the top-left text") {
    for (const std::string& path : {atagande, verksamhetsplan}) {
        CAPTURE(path);
        auto doc = load_fixture({path});
        mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
        const mk::sheet& detail = sheet_named(book, "Uppföljning");
        std::uint32_t header = detail_header(detail);
        std::uint32_t goal_col = 0;
        while (detail.find(header, goal_col)->text != "Nämndmål") ++goal_col;
        std::map<std::string, int> activities_per_goal;
        for (const auto& a : doc.activities) ++activities_per_goal[a.goal->target];
        int goals_with_several = 0;
        for (const auto& [goal, count] : activities_per_goal) goals_with_several += count > 1;
        int goal_merges = 0;
        for (const mk::cell_range& m : detail.merges) {
            CHECK(m.first_col == m.last_col);
            CHECK(m.first_row > header);
            REQUIRE(detail.find(m.first_row, m.first_col));
            for (std::uint32_t row = m.first_row + 1; row <= m.last_row; ++row)
                CHECK_FALSE(detail.find(row, m.first_col));
            goal_merges += m.first_col == goal_col;
        }
        CHECK(goal_merges == goals_with_several);
    }
}

TEST_CASE("detail sheet fills each status cell with its light") {
    auto doc = load_fixture({atagande});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& detail = sheet_named(book, "Uppföljning");
    std::map<std::string, std::map<std::string, int>> fills_by_word;
    std::uint32_t header = detail_header(detail);
    for (const mk::cell& c : detail.cells)
        if (c.row > header && c.col >= 4 && c.col <= 6) ++fills_by_word[c.text][book.styles[c.style].fill];
    CHECK(fills_by_word["Genomfört"] == std::map<std::string, int>{{"C6EFCE", 28}});
    CHECK(fills_by_word["Avviker från plan"].size() == 1);
    CHECK(fills_by_word["Avviker från plan"].begin()->first == "FFC7CE");
    CHECK(fills_by_word["Enligt plan"].begin()->first == "C6EFCE");
}

TEST_CASE("summary sheet counts the activities per status at the latest checkpoint") {
    auto doc = load_fixture({verksamhetsplan});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& summary = sheet_named(book, "Sammanfattning");
    std::uint32_t header = row_with(summary, "Nämndmål");
    CHECK(row_texts(summary, header) == std::vector<std::string>{"Nämndmål", "Antal aktiviteter", "Genomfört",
                                                                 "Enligt plan", "Ej påbörjad", "Avviker", "Utgår",
                                                                 "Andel klara", "Läge"});
    CHECK(row_texts(summary, row_with(summary, "Totalt"), book.styles) ==
          std::vector<std::string>{"Totalt", "40", "2", "32", "6", "0", "0", "5 %", "Gul"});
    const mk::cell* light = summary.find(row_with(summary, "Totalt"), 8);
    REQUIRE(light);
    CHECK(book.styles[light->style].fill == "FFEB9C");
    CHECK(summary.frozen_rows == header + 1);
}

TEST_CASE("summary sheet has a row per KF goal above its nämndmål") {
    auto doc = load_fixture({atagande});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& summary = sheet_named(book, "Sammanfattning");
    std::uint32_t kf = row_with(summary, "Utbildning med hög kvalitet");
    CHECK(row_texts(summary, kf)[2] == "13");
    CHECK(row_texts(summary, kf + 1)[1] == "Förbättrade kunskapsresultat");
    CHECK(row_texts(summary, row_with(summary, "Totalt"), book.styles) ==
          std::vector<std::string>{"Totalt", "", "30", "28", "0", "0", "2", "0", "93 %", "Röd"});
}

TEST_CASE("summary sheet writes its shares as numbers shown as percentages, its counts as integers") {
    auto doc = load_fixture({atagande});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& summary = sheet_named(book, "Sammanfattning");
    std::uint32_t header = row_with(summary, "Nämndmål");
    std::uint32_t total = row_with(summary, "Totalt");
    REQUIRE(row_texts(summary, header)[8] == "Andel klara");
    for (std::uint32_t row = header + 1; row <= total; ++row) {
        CAPTURE(row);
        const mk::cell* done = summary.find(row, 8);
        REQUIRE(done);
        CHECK(done->type == mk::cell_type::number);
        CHECK(done->number >= 0);
        CHECK(done->number <= 1);
        CHECK(book.styles[done->style].percent);
        const mk::cell* count = summary.find(row, 2);
        REQUIRE(count);
        CHECK(count->type == mk::cell_type::number);
        CHECK_FALSE(book.styles[count->style].percent);
    }
    CHECK(summary.find(total, 8)->number == doctest::Approx(28.0 / 30));
}

TEST_CASE("a share is shown as the whole percentage the office programs show") {
    CHECK(mk::percent_text(28.0 / 30) == "93 %");
    CHECK(mk::percent_text(0.145) == "15 %");
    CHECK(mk::percent_text(0) == "0 %");
    CHECK(mk::percent_text(1) == "100 %");
}

TEST_CASE("a kept percentage shows the decimals it needs, up to two, with a decimal comma") {
    CHECK(mk::percent_decimals(0.92) == 0);
    CHECK(mk::percent_decimals(0.925) == 1);
    CHECK(mk::percent_decimals(0.9999) == 2);
    CHECK(mk::percent_decimals(0.123456) == 2);
    CHECK(mk::percent_decimals(-0.05) == 0);
    CHECK(mk::percent_text(0.925, 1) == "92,5 %");
    CHECK(mk::percent_text(0.9999, 2) == "99,99 %");
    CHECK(mk::percent_text(0.505, 1) == "50,5 %");
    CHECK(mk::percent_text(0.0005, 2) == "0,05 %");
    CHECK(mk::percent_text(-0.125, 1) == "-12,5 %");
    CHECK(mk::percent_text(1.25, 0) == "125 %");
    CHECK(mk::percent_text(0.123456, 5) == "12,35 %");
    mk::cell_style five;
    five.percent = true;
    five.percent_decimals = 5;
    CHECK(mk::shown_percent_decimals(five) == mk::max_percent_decimals);
}

TEST_CASE("the importer passes over the summary and the findings sheets") {
    auto doc = load_fixture({atagande});
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    for (std::string name : {"Sammanfattning", "Fynd"}) {
        mk::workbook alone;
        alone.sheets.push_back(sheet_named(book, name));
        CHECK_THROWS_AS(mk::recognize::recognise_follow_up(alone, "rapport.xlsx"), mk::error);
    }
    // The summary's header row, filled through, names statuses: no legend of one colour for them all
    // (the fills as the .xlsx holds them).
    std::string bytes = mk::write_xlsx(book);
    CHECK(mk::recognize::recognise_follow_up(mk::read_workbook(bytes, "rapport"), "rapport.xlsx").legends.empty());
}

TEST_CASE("the detail sheet reads back as the same model, merged or written out") {
    for (const auto& paths : std::vector<std::vector<std::string>>{
             {atagande}, {verksamhetsplan}, {verksamhetsplan, "malkedja/grundskolenamnden-arbetsplan.docx"}}) {
        CAPTURE(paths.back());
        auto doc = load_fixture(paths);
        std::string expected = canonical(doc);
        for (const mk::workbook& book :
             {mk::report::build_report_workbook(doc, {}, {}), mk::report::build_detail_workbook(doc, {})}) {
            auto back = mk::recognize::recognise_follow_up(book, "rapport.xlsx").doc;
            CHECK(canonical(back) == expected);
        }
    }
}

TEST_CASE("a goal with no activity keeps its place in the detail, the last goal too") {
    auto doc = load_fixture({verksamhetsplan});
    insert_goal_without_activities(doc, "Ett nämndmål utan aktiviteter");
    auto back = mk::recognize::recognise_follow_up(mk::report::build_report_workbook(doc, {}, {}), "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(doc));
    // A goal of no KF goal and no perspective, its row the detail table's last and of one cell: it
    // was read back as a footnote.
    mk::model::document plain;
    for (std::string id : {"g-1", "g-2"}) {
        mk::model::goal& g = plain.goals.emplace_back();
        g.id = id;
        g.level = mk::model::level::namnd;
        g.text = g.name = id == "g-1" ? "Ökad trygghet" : "Hållbar ekonomi";
    }
    mk::model::activity& a = plain.activities.emplace_back();
    a.id = "activity-1";
    a.goal = mk::model::link{"g-1", mk::model::link_kind::structure, std::nullopt};
    a.text = "Rastvärdar";
    mk::workbook book = mk::report::build_report_workbook(plain, {}, {});
    const mk::sheet& detail = sheet_named(book, "Uppföljning");
    std::uint32_t last = 0;
    for (const mk::cell& c : detail.cells)
        if (c.text == "Hållbar ekonomi") last = c.row;
    CHECK(row_texts(detail, last) == std::vector<std::string>{"Hållbar ekonomi"});
    back = mk::recognize::recognise_follow_up(book, "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(plain));
}

TEST_CASE("a nämndmål's own kept fields and indicators read back from a row of its own before its activities") {
    auto doc = load_fixture({verksamhetsplan});
    mk::model::goal* with_activities = nullptr;
    for (mk::model::goal& g : doc.goals)
        for (const mk::model::activity& a : doc.activities)
            if (!with_activities && a.goal && a.goal->target == g.id) with_activities = &g;
    REQUIRE(with_activities != nullptr);
    with_activities->extras = {{"Resurs", "Ekonomienheten", mk::model::value_type::text},
                               {"Budget (tkr)", "75.5", mk::model::value_type::number}};
    mk::model::indicator& i = with_activities->indicators.emplace_back();
    i.name = "Andel behöriga till gymnasiet";
    i.target = {"90 %", mk::model::value_kind::percent, mk::model::comparison::none, 90};
    auto back = mk::recognize::recognise_follow_up(mk::report::build_report_workbook(doc, {}, {}), "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(doc));
}

TEST_CASE("a nämndmål's several indicators each read back from a row of their own, with or without activities") {
    auto doc = load_fixture({verksamhetsplan});
    insert_goal_without_activities(doc, "Ett nämndmål med nyckeltal och utan aktiviteter");
    mk::model::goal* with_activities = nullptr;
    for (mk::model::goal& g : doc.goals)
        for (const mk::model::activity& a : doc.activities)
            if (!with_activities && a.goal && a.goal->target == g.id) with_activities = &g;
    REQUIRE(with_activities != nullptr);
    for (mk::model::goal* g : {with_activities, &doc.goals[2]}) {
        g->extras = {{"Resurs", "Ekonomienheten", mk::model::value_type::text}};
        g->indicators.clear();
        mk::model::indicator& merit = g->indicators.emplace_back();
        merit.name = "Meritvärde åk 9";
        merit.target = {"225,5", mk::model::value_kind::number, mk::model::comparison::none, 225.5};
        mk::model::indicator& share = g->indicators.emplace_back();
        share.name = "Andel behöriga till gymnasiet";
        share.target = {"90 %", mk::model::value_kind::percent, mk::model::comparison::none, 90};
    }
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    auto back = mk::recognize::recognise_follow_up(book, "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(doc));
    // No cell holds two indicators' names, one a line.
    for (const mk::cell& c : sheet_named(book, "Uppföljning").cells) CHECK(c.text.find("\nAndel") == std::string::npos);
}

TEST_CASE(
    "kept fields of one name twice on a row, an activity's or a goal's, each read back from a column of its own") {
    auto doc = load_fixture({verksamhetsplan});
    REQUIRE(doc.activities.size() > 1);
    doc.activities[0].extras = {{"Dup", "1", mk::model::value_type::number},
                                {"Resurs", "HR", mk::model::value_type::text},
                                {"Dup", "2", mk::model::value_type::number}};
    doc.activities[1].extras = {{"Dup", "3", mk::model::value_type::number}};
    doc.goals[0].extras = {{"Måluppfyllelse", "0.1", mk::model::value_type::number},
                           {"Måluppfyllelse", "0.2", mk::model::value_type::number}};
    auto back = mk::recognize::recognise_follow_up(mk::report::build_report_workbook(doc, {}, {}), "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(doc));
}

TEST_CASE("a kept number or percentage that is no finite number is written as its text, which a sheet can hold") {
    auto doc = load_fixture({verksamhetsplan});
    REQUIRE(!doc.activities.empty());
    doc.activities[0].extras = {{"Budget (tkr)", "inf", mk::model::value_type::number},
                                {"Andel klar", "nan", mk::model::value_type::percent}};
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& detail = sheet_named(book, "Uppföljning");
    for (const std::string value : {"inf", "nan"}) {
        auto at =
            std::find_if(detail.cells.begin(), detail.cells.end(), [&](const mk::cell& c) { return c.text == value; });
        REQUIRE(at != detail.cells.end());
        CHECK(at->type == mk::cell_type::string);
    }
    CHECK_NOTHROW(mk::write_xlsx(book));
}

TEST_CASE("comments of several checkpoints each read back from a Kommentar column after their status column") {
    auto doc = load_fixture({atagande});
    mk::model::activity* two = nullptr;
    for (mk::model::activity& a : doc.activities)
        if (!two && a.statuses.size() >= 2 && !a.statuses[0].word.empty() && !a.statuses[1].word.empty()) two = &a;
    REQUIRE(two != nullptr);
    two->statuses[0].comment = "På väg";
    two->statuses[1].comment = "Personalbrist hösten";
    mk::workbook book = mk::report::build_report_workbook(doc, {}, {});
    const mk::sheet& detail = sheet_named(book, "Uppföljning");
    std::vector<std::string> header = row_texts(detail, detail_header(detail));
    CHECK(std::count(header.begin(), header.end(), "Kommentar") >= 2);
    auto back = mk::recognize::recognise_follow_up(book, "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(doc));
}

TEST_CASE("two status and two outcome columns of one name each read back from a column of their own") {
    std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/variants/duplicate-columns.xlsx";
    auto doc = mk::pipeline::load_inputs({path}, {}).doc;
    auto back = mk::recognize::recognise_follow_up(mk::report::build_report_workbook(doc, {}, {}), "rapport.xlsx").doc;
    CHECK(canonical(back) == canonical(doc));
}
