// The report document: headings per KF goal and nämndmål, tables with a repeated header row and
// shaded status cells, the goal tree as a well-formed SVG figure naming every goal.
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/package/xml.hpp"
#include "fixture_reports.hpp"
#include "src/check/rule.hpp"
#include "src/container/house_style.hpp"
#include "src/core/message.hpp"
#include "src/report/outline.hpp"
#include "src/report/report.hpp"
#include "src/report/tree_svg.hpp"
#include "src/text/fold.hpp"

using report_test::load_fixture;

namespace {

std::vector<const mk::block*> blocks_of(const mk::document& doc, mk::block_kind kind) {
    std::vector<const mk::block*> out;
    for (const mk::block& b : doc.blocks)
        if (b.kind == kind) out.push_back(&b);
    return out;
}

// The texts of the <text> elements below node, each with its lines joined by spaces.
void collect_texts(pugi::xml_node node, std::vector<std::string>& texts) {
    for (pugi::xml_node child : node.children()) {
        if (std::string_view(child.name()).ends_with("}text")) {
            std::string joined;
            for (pugi::xml_node line : child.children()) joined += (joined.empty() ? "" : " ") + mk::inner_text(line);
            texts.push_back(joined);
        } else {
            collect_texts(child, texts);
        }
    }
}

std::vector<std::string> svg_texts(const std::string& svg) {
    mk::xml_part part = mk::xml_part::parse(svg, "figure.svg");
    std::vector<std::string> texts;
    collect_texts(part.root(), texts);
    return texts;
}

bool names(const std::vector<std::string>& texts, const std::string& text) {
    std::string wanted = mk::text::squeeze_spaces(text);
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return t.find(wanted) != std::string::npos; });
}

// A document of one nämndmål, "Trygg skola" (id g-1), and nothing else.
mk::model::document one_goal() {
    mk::model::document doc;
    mk::model::goal& goal = doc.goals.emplace_back();
    goal.id = "g-1";
    goal.level = mk::model::level::namnd;
    goal.text = "Trygg skola";
    return doc;
}

}  // namespace

TEST_CASE("report document: title, a heading per KF goal and nämndmål, a table per nämndmål") {
    auto doc = load_fixture({"uppfoljning/atagande-2018.xlsx"});
    mk::document report = mk::report::build_report_document(doc, {}, {});
    CHECK(report.title == doc.metadata.title);
    auto headings = blocks_of(report, mk::block_kind::heading);
    REQUIRE_FALSE(headings.empty());
    CHECK(headings.front()->level == 1);
    int kf = 0, namnd = 0;
    for (const mk::block* h : headings) {
        kf += h->level == 3;
        namnd += h->level == 4;
    }
    CHECK(kf == 8);
    CHECK(namnd == 18);
    auto tables = blocks_of(report, mk::block_kind::table);
    // The summary, one table per nämndmål with activities (all 18 have some), and no findings table.
    CHECK(tables.size() == 1 + 18);
    for (const mk::block* t : tables) {
        CHECK(t->header_rows == 1);
        for (const mk::table_row& row : t->rows) CHECK(row.cells.size() == t->column_count());
    }
    const mk::block& first = *tables[1];
    // Aktivitet (5 grid columns), Särskilt prioriterat (3, widened to 5 for "prioriterat"), three
    // statuses (2 each, widened to 4 for "Genomfört" and to 5 for "Status bokslut*"), Kommentar (5).
    CHECK(first.column_count() == 28);
    CHECK(first.rows[0].cells[0].blocks[0].text == "Aktivitet");
    CHECK(first.rows[0].cells[0].blocks[0].bold);
    CHECK(first.rows[0].cells[0].col_span == 5);
    CHECK(first.rows[0].cells[4].covered);
    CHECK(first.rows[0].cells[18].blocks[0].text == "Status bokslut*");
    // The light of the canonical status, then the word as written.
    CHECK(first.rows[1].cells[18].blocks[0].text == "Grön – Genomfört");
    CHECK(first.rows[1].cells[18].shading == "C6EFCE");
}

TEST_CASE("report document: the status columns are wide enough for their words") {
    auto doc = load_fixture({"uppfoljning/atagande-2018.xlsx"});
    mk::document report = mk::report::build_report_document(doc, {}, {});
    int words = 0;
    for (const mk::block* table : blocks_of(report, mk::block_kind::table)) {
        std::size_t grid = table->column_count();
        for (const mk::table_row& row : table->rows)
            for (const mk::table_cell& cell : row.cells) {
                if (cell.covered) continue;
                double width = mk::table_width_points * cell.col_span / static_cast<double>(grid);
                for (const mk::block& b : cell.blocks)
                    for (std::string_view word : {"Genomfört", "påbörjad", "Avviker"})
                        if (b.text.find(word) != std::string::npos) {
                            CAPTURE(b.text);
                            // "Genomfört" takes about 52 points at 11 points in Liberation Sans,
                            // Calibri less; the padding about 6.
                            CHECK(width >= 60);
                            ++words;
                        }
            }
    }
    CHECK(words > 0);
}

TEST_CASE("report document: the summary puts each KF goal above its nämndmål, the findings get a table") {
    auto doc = load_fixture({"uppfoljning/verksamhetsplan-2019.xlsx"});
    mk::model::document model = doc;
    auto found = mk::check::run_all({model, nullptr, "2019-10-31"});
    REQUIRE_FALSE(found.empty());
    mk::document report = mk::report::build_report_document(doc, found, {});
    auto tables = blocks_of(report, mk::block_kind::table);
    const mk::block& findings = *tables.back();
    CHECK(findings.rows[0].cells[0].blocks[0].text == "Regel");
    CHECK(findings.rows.size() == found.size() + 1);

    auto with_kf = load_fixture({"uppfoljning/atagande-2018.xlsx"});
    mk::document with_kf_report = mk::report::build_report_document(with_kf, {}, {});
    const mk::block& summary = *blocks_of(with_kf_report, mk::block_kind::table)[0];
    CHECK(summary.rows[0].cells[4].blocks[0].text == "Status vid senaste kontrollpunkten");
    CHECK(summary.rows[1].cells[0].blocks[0].text == "Bra att leva och bo");
    CHECK(summary.rows[1].cells[0].blocks[0].bold);
    CHECK(summary.rows[2].cells[0].blocks[0].text == "Utbyggd samhällsservice i takt med bostadsbyggandet");
    CHECK_FALSE(summary.rows[2].cells[0].blocks[0].bold);
    CHECK(summary.rows.back().cells[4].blocks[0].text == "30 aktiviteter: 28 genomfört, 2 avviker");
    CHECK(summary.rows.back().cells[8].blocks[0].text == "Röd");
    CHECK(summary.rows.back().cells[8].shading == "FFC7CE");
}

TEST_CASE("goal tree: a well-formed SVG figure that names every goal and activity") {
    for (const auto& paths : std::vector<std::vector<std::string>>{{"uppfoljning/atagande-2018.xlsx"},
                                                                   {"malkedja/svenljunga-plan-2026.docx"}}) {
        CAPTURE(paths.front());
        auto doc = load_fixture(paths);
        mk::document report = mk::report::build_report_document(doc, {}, {});
        auto figures = blocks_of(report, mk::block_kind::figure);
        REQUIRE(figures.size() == 1);
        CHECK_FALSE(figures[0]->text.empty());
        mk::xml_part svg = mk::xml_part::parse(figures[0]->svg, "figure.svg");
        CHECK(std::string(svg.root().name()) == "{http://www.w3.org/2000/svg}svg");
        auto texts = svg_texts(figures[0]->svg);
        for (const auto& g : doc.goals) CHECK_MESSAGE(names(texts, mk::report::goal_text(g)), g.text);
        for (const auto& a : doc.activities) CHECK_MESSAGE(names(texts, a.text), a.text);
    }
}

TEST_CASE("goal tree: texts are escaped, long ones wrapped, findings listed under their element") {
    mk::model::document doc;
    mk::model::goal g;
    g.id = "g1";
    g.level = mk::model::level::namnd;
    g.text =
        "Trygghet & studiero <för alla> \"elever\" och 'lärare' med en mycket lång text som inte ryms på en rad "
        "utan måste brytas i flera rader för att synas";
    doc.goals.push_back(g);
    mk::model::finding f;
    f.rule = "MK003";
    f.severity = mk::model::severity::varning;
    f.subject = "g1";
    f.message = "nämndmålet har <ingen> aktivitet";
    std::string svg = mk::report::goal_tree_svg(doc, {f}, "Rapport & plan");
    auto texts = svg_texts(svg);
    CHECK(names(texts, g.text));
    CHECK(names(texts, f.message));
    CHECK(svg.find("<för") == std::string::npos);
    CHECK(svg.find("&lt;för alla&gt;") != std::string::npos);
    std::size_t lines = 0;
    for (std::size_t at = svg.find("<tspan"); at != std::string::npos; at = svg.find("<tspan", at + 1)) ++lines;
    CHECK(lines >= 4);
    CHECK(svg == mk::report::goal_tree_svg(doc, {f}, "Rapport & plan"));
    // The report is Swedish whatever the language of messages (--lang en).
    mk::set_language(mk::language::en);
    std::string english_messages = mk::report::goal_tree_svg(doc, {f}, "Rapport & plan");
    mk::set_language(mk::language::sv);
    CHECK(english_messages == svg);
}

TEST_CASE("report document: counts and kept fields read as Swedish (1 varning, ja and nej, a decimal comma, 12,5 %)") {
    mk::model::document doc = one_goal();
    doc.goals[0].extras = {{"Prioriterat", "true", mk::model::value_type::boolean}};
    mk::model::activity& a = doc.activities.emplace_back();
    a.id = "a-1";
    a.goal = mk::model::link{"g-1", mk::model::link_kind::structure, std::nullopt};
    a.text = "Trygghetsvandringar";
    a.extras = {{"Extern finansiering", "false", mk::model::value_type::boolean},
                {"Budget (tkr)", "75.5", mk::model::value_type::number},
                {"Kod", "1.2.3", mk::model::value_type::text},
                {"Andel klar", "0.125", mk::model::value_type::percent},
                {"Närvaro", "0.9", mk::model::value_type::percent},
                {"Andel av budget", "0.3333333", mk::model::value_type::percent}};
    mk::check::findings found;
    for (auto severity : {mk::model::severity::fel, mk::model::severity::varning, mk::model::severity::info})
        found.push_back({"MK003", severity, {}, "g-1", "meddelande", ""});
    mk::document report = mk::report::build_report_document(doc, found, {});
    std::vector<std::string> texts;
    auto gather = [&](const auto& self, const std::vector<mk::block>& blocks) -> void {
        for (const mk::block& b : blocks) {
            texts.push_back(b.text);
            for (const auto& row : b.rows)
                for (const auto& cell : row.cells) self(self, cell.blocks);
        }
    };
    gather(gather, report.blocks);
    auto has = [&](const std::string& text) { return std::find(texts.begin(), texts.end(), text) != texts.end(); };
    CHECK(has("1 aktivitet, varav 0 genomförda (0 %). Kontrollerna gav 1 fel, 1 varning och 1 upplysning."));
    CHECK(has("Prioriterat: ja"));
    CHECK(has(
        "Extern finansiering: nej\nBudget (tkr): 75,5\nKod: 1.2.3\nAndel klar: 12,5 %\nNärvaro: 90 %\nAndel av budget: 33,33 %"));
}

TEST_CASE("report document: an Ansvarig column beside the activity when an activity names who is responsible") {
    mk::model::document doc = one_goal();
    for (std::string responsible : {"Rektor", ""}) {
        mk::model::activity& a = doc.activities.emplace_back();
        a.id = "a-" + std::to_string(doc.activities.size());
        a.goal = mk::model::link{"g-1", mk::model::link_kind::structure, std::nullopt};
        a.text = "Trygghetsvandringar " + a.id;
        a.responsible = responsible;
    }
    auto activity_table = [](const mk::document& report) { return *blocks_of(report, mk::block_kind::table).at(1); };
    // Each row's cells that start a column (a cell spans its column's grid columns), as texts.
    auto columns = [](const mk::table_row& row) {
        std::vector<std::string> out;
        for (const mk::table_cell& c : row.cells)
            if (!c.covered) out.push_back(c.blocks.empty() ? "" : c.blocks.front().text);
        return out;
    };
    mk::block table = activity_table(mk::report::build_report_document(doc, {}, {}));
    REQUIRE(table.rows.size() == 3);
    CHECK(columns(table.rows[0]) == std::vector<std::string>{"Aktivitet", "Ansvarig"});
    CHECK(columns(table.rows[1]) == std::vector<std::string>{"Trygghetsvandringar a-1", "Rektor"});
    CHECK(columns(table.rows[2]) == std::vector<std::string>{"Trygghetsvandringar a-2", ""});
    for (auto& a : doc.activities) a.responsible.clear();
    CHECK(columns(activity_table(mk::report::build_report_document(doc, {}, {})).rows[0]) ==
          std::vector<std::string>{"Aktivitet"});
}

TEST_CASE("report document: comments of several checkpoints in the Kommentar column each say whose they are") {
    mk::model::activity a;
    auto report = [](const char* label, const char* word, const char* comment) {
        mk::model::status_report r;
        r.label = label;
        r.word = word;
        r.comment = comment;
        return r;
    };
    a.statuses = {report("Status delår 1", "Enligt plan", "Första vandringen gjord"),
                  report("Status delår 2", "Enligt plan", ""), report("Status bokslut", "Klart", "Alla skolor klara")};
    CHECK(mk::report::comment_text(a) == "Status delår 1: Första vandringen gjord\nStatus bokslut: Alla skolor klara");
    // One comment needs no label: the status columns beside it say the checkpoint.
    a.statuses[0].comment.clear();
    CHECK(mk::report::comment_text(a) == "Alla skolor klara");
}
