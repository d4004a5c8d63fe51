// The SK fixtures read into the model: every goal row, value, answer and highlighted area, the six
// deliberate inconsistencies at their places, and the template's placeholder.
#include <doctest/doctest.h>

#include <string>

#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/core/file_io.hpp"
#include "src/normalized/write.hpp"
#include "src/recognize/sk_document.hpp"

namespace {

std::string fixture(const std::string& name) { return std::string(MK_FIXTURES) + "/sk/" + name; }

mk::model::document collect(const std::string& name, std::span<const mk::model::development_area> known = {}) {
    mk::document doc = mk::read_document(mk::read_input_file(fixture(name)));
    REQUIRE(mk::recognize::is_sk_document(doc));
    return mk::recognize::recognise_sk_document(doc, name, known);
}

// Goal rows per focus area in document order.
template <class Goal>
std::vector<int> per_focus_area(const std::vector<Goal>& goals) {
    std::vector<int> counts;
    std::string last;
    for (const Goal& g : goals) {
        if (counts.empty() || g.focus_area != last) counts.push_back(0);
        ++counts.back();
        last = g.focus_area;
    }
    return counts;
}

// "rule table row column" of each finding.
std::vector<std::string> places(const mk::check::findings& found) {
    std::vector<std::string> out;
    for (const auto& f : found)
        out.push_back(f.rule + " " + std::to_string(f.location.table.value_or(0)) + " " +
                      std::to_string(f.location.row.value_or(0)) + " " + std::to_string(f.location.column.value_or(0)));
    return out;
}

}  // namespace

TEST_CASE("exempelskolan: every goal row, value, answer and highlighted area, in both formats") {
    for (std::string name : {"exempelskolan-ifylld-2023.docx", "exempelskolan-ifylld-2023.odt"}) {
        CAPTURE(name);
        mk::model::document doc = collect(name);
        REQUIRE(doc.sk_reports.size() == 1);
        const mk::model::sk_report& r = doc.sk_reports.front();
        CHECK(r.title == "Exempelskolan");
        CHECK(r.lasar == "2023/24");
        CHECK(per_focus_area(r.analysed_goals) == std::vector<int>{2, 1, 2, 1});
        CHECK(per_focus_area(r.planned_goals) == std::vector<int>{2, 1, 1, 1});
        // Planeringsrapport columns are mapped by header text: Varför is its third column, Målanalys its second.
        CHECK(r.planned_goals.front().why == "Målet är inte uppnått och är ett SKA-mål.");
        CHECK(r.planned_goals.front().source_columns == std::vector<std::uint32_t>{1, 2, 3, 4, 5, 6});
        CHECK(r.analysed_goals.front().why.starts_with("Andelen elever med minst E"));
        CHECK(r.analysed_goals.front().activities == "Skola, Eleverna");
        // 19 + 20 + 20 subject rows, Modersmål of ÅK 3 without data.
        CHECK(r.results.size() == 58);
        CHECK(r.history.size() == 48);
        CHECK(r.national_tests.size() == 30);
        CHECK(r.survey.size() == 20);
        CHECK(r.survey.front().area_name == "SYDVÄSTRA/ÖSTRA");
        CHECK(r.survey.front().kommun->number == 74);
        CHECK(r.history.front().value.number == doctest::Approx(221.4));
        CHECK(r.answers.size() == 28);
        CHECK(r.answers.front().section == "1");
        CHECK(r.highlighted_areas.size() == 5);
        CHECK(doc.development_areas.size() == 31);
    }
}

TEST_CASE("exempelskolan: highlighted areas get the keys of a given development-area list") {
    mk::workbook skolor = mk::read_workbook(mk::read_input_file(std::string(MK_FIXTURES) + "/skolor/skolor.xlsx"), "skolor");
    std::vector<mk::model::development_area> known;
    const mk::sheet& list = skolor.sheets.at(1);
    for (const mk::cell& c : list.cells)
        if (c.row > 0 && c.col == 0) {
            known.emplace_back();
            known.back().key = c.text;
            known.back().text = list.find(c.row, 2)->text;
        }
    REQUIRE(known.size() == 13);
    mk::model::document doc = collect("exempelskolan-ifylld-2023.docx", known);
    CHECK(doc.sk_reports.front().highlighted_areas ==
          std::vector<std::string>{"kunskapskrav", "nyfikenhet", "trygghet-studiero", "budget-balans",
                                   "arbetsrelaterad-utmattning"});
}

TEST_CASE("exempelskolan: the six inconsistencies at their places, with the right rules, and nothing else") {
    for (std::string name : {"exempelskolan-ifylld-2023.docx", "exempelskolan-ifylld-2023.odt"}) {
        CAPTURE(name);
        mk::model::document doc = collect(name);
        CHECK(places(mk::check::run_all({doc, nullptr, ""})) ==
              std::vector<std::string>{"MK010 1 18 3", "MK011 6 3 4", "MK012 9 5 2", "MK013 2 11 1", "MK014 18 2 6",
                                       "MK015 13 2 6"});
    }
}

TEST_CASE("the template gives only its placeholder") {
    for (std::string name : {"sk-mall-2023-2024.docx", "sk-mall-2023-2024.odt"}) {
        CAPTURE(name);
        mk::model::document doc = collect(name);
        const mk::model::sk_report& r = doc.sk_reports.front();
        CHECK(r.analysed_goals.empty());
        CHECK(r.planned_goals.empty());
        CHECK(r.answers.empty());
        CHECK(r.highlighted_areas.empty());
        auto found = mk::check::run_all({doc, nullptr, ""});
        REQUIRE(found.size() == 1);
        CHECK(found.front().rule == "MK017");
    }
}

TEST_CASE("docx and odt twins give the same model without provenance") {
    std::string docx = mk::normalized::write_normalized(collect("exempelskolan-ifylld-2023.docx"), {.provenance = false});
    std::string odt = mk::normalized::write_normalized(collect("exempelskolan-ifylld-2023.odt"), {.provenance = false});
    CHECK(docx == odt);
}

TEST_CASE("SK numbers are read without locale") {
    CHECK(mk::recognize::parse_sk_number("104 %") == 104);
    CHECK(mk::recognize::parse_sk_number("87,5 %") == 87.5);
    CHECK(mk::recognize::parse_sk_number("224,6") == doctest::Approx(224.6));
    CHECK_FALSE(mk::recognize::parse_sk_number("").has_value());
    CHECK_FALSE(mk::recognize::parse_sk_number("saknas").has_value());
}
