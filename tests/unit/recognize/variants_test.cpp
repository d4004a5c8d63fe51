// Follow-up variants made by openpyxl and LibreOffice (tests/data/variants/make.py): what a person
// reading each finds, and where every non-empty cell of it went (rows under a table that are no goals
// too: a legend of colours beside their words, rows of totals).
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/message.hpp"
#include "src/model/names.hpp"
#include "src/pipeline/assumption_text.hpp"
#include "src/recognize/follow_up.hpp"
#include "src/recognize/follow_up_units.hpp"

namespace {

using mk::model::extra_field;
using mk::model::value_type;

mk::recognize::follow_up read_variant(const std::string& name) {
    std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/variants/" + name;
    return mk::recognize::recognise_follow_up(mk::read_workbook(mk::read_input_file(path), mk::file_stem(path)), name);
}

std::size_t filled_cells(const std::string& name) {
    std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/variants/" + name;
    std::size_t count = 0;
    for (const auto& s : mk::read_workbook(mk::read_input_file(path), mk::file_stem(path)).sheets)
        for (const auto& c : s.cells) count += mk::recognize::is_filled(c);
    return count;
}

const mk::model::activity& activity_named(const mk::model::document& doc, const std::string& text) {
    for (const auto& a : doc.activities)
        if (a.text == text) return a;
    FAIL("no activity " << text);
    throw;
}

// The 1-based rows skipped for reason, in order.
std::vector<std::uint32_t> rows_skipped_as(const mk::recognize::follow_up& result, mk::recognize::skip_reason reason) {
    std::vector<std::uint32_t> out;
    for (const auto& s : result.skipped)
        if (s.reason == reason) out.push_back(s.row + 1);
    return out;
}

// What check finds in the document from the 1-based row first on, and its MK003 and MK018
// anywhere, as "MK003 A5".
std::vector<std::string> findings_from(const mk::model::document& doc, std::uint32_t first) {
    std::vector<std::string> out;
    for (const auto& f : mk::check::run_all({doc, nullptr, ""})) {
        auto place = mk::parse_a1(f.location.cell);
        if ((place && place->first + 1 >= first) || f.rule == "MK003" || f.rule == "MK018")
            out.push_back(f.rule + " " + f.location.cell);
    }
    return out;
}

}  // namespace

TEST_CASE("variant extra-columns: unrecognised columns kept as typed fields, every cell accounted for") {
    for (std::string file : {"extra-columns.xlsx", "extra-columns.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        CHECK(doc.goals.size() == 3);
        CHECK(doc.activities.size() == 4);
        CHECK(doc.metadata.title == "Uppföljning av verksamhetsplan 2019");
        CHECK(doc.metadata.year == 2019);
        // A title-block line is no perspective.
        for (const auto& g : doc.goals) CHECK(g.perspective.empty());

        const auto& elevhalsan = activity_named(doc, "Utveckling av elevhälsan från åtgärdande till förebyggande");
        CHECK(elevhalsan.extras == std::vector<extra_field>{{"Resurs", "Elevhälsan", value_type::text},
                                                            {"Budget (tkr)", "120.5", value_type::number},
                                                            {"Beslutad", "2019-03-31", value_type::date}});
        CHECK(activity_named(doc, "Budgetuppföljning varje månad").extras ==
              std::vector<extra_field>{{"Resurs", "Ekonomienheten", value_type::text},
                                       {"Budget (tkr)", "0", value_type::number}});
        // The row with a goal and no activity keeps its value on the goal.
        for (const auto& g : doc.goals)
            if (g.text == "God ekonomisk kontroll")
                CHECK(g.extras == std::vector<extra_field>{{"Resurs", "Ekonomienheten", value_type::text}});

        REQUIRE(doc.notes.size() == 2);
        CHECK(doc.notes[0].text == "Förvaltning: Utbildningsförvaltningen");
        CHECK(doc.notes[0].source->cell == "A2");
        CHECK(doc.notes[1].text == "* Status enligt nämndens beslut 2019-02-12");

        const auto& cells = result.cells;
        CHECK(cells.used == 18);
        CHECK(cells.kept == 14);
        CHECK(cells.metadata == 3);
        REQUIRE(cells.skipped.size() == 3);
        CHECK(cells.skipped[0].cause == mk::recognize::skip_cause::outside_table);
        CHECK(cells.skipped[0].text == "Anteckning: se bilaga");
        CHECK(mk::format_a1(cells.skipped[0].row, cells.skipped[0].col) == "I8");
        CHECK(cells.skipped[1].sheet == "Instruktioner");
        CHECK(cells.skipped[1].cause == mk::recognize::skip_cause::no_table);
        CHECK(cells.total() == filled_cells(file));
    }
}

TEST_CASE("variant percent-columns: numbers shown as percentages are kept as percentages, the fraction as value") {
    for (std::string file : {"percent-columns.xlsx", "percent-columns.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        CHECK(activity_named(doc, "Utveckling av elevhälsan").extras ==
              std::vector<extra_field>{{"Andel klar", "0.5", value_type::percent},
                                       {"Närvaro", "0.925", value_type::percent},
                                       {"Antal elever", "120", value_type::number}});
        CHECK(activity_named(doc, "Budgetuppföljning varje månad").extras ==
              std::vector<extra_field>{{"Andel klar", "0.125", value_type::percent},
                                       {"Antal elever", "0.5", value_type::number}});
        CHECK(result.cells.kept == 11);
        CHECK(result.cells.total() == filled_cells(file));
    }
}

TEST_CASE(
    "variant duplicate-columns: a second Ansvarig is kept as a field, two statuses and outcomes of one name read") {
    for (std::string file : {"duplicate-columns.xlsx", "duplicate-columns.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& a = activity_named(result.doc, "Utveckling av elevhälsan");
        CHECK(a.responsible == "Rektor");
        CHECK(a.extras == std::vector<extra_field>{{"Ansvarig", "Biträdande rektor", value_type::text}});
        REQUIRE(a.statuses.size() == 2);
        CHECK(a.statuses[0].word == "Genomfört");
        CHECK(a.statuses[1].word == "Avviker");
        REQUIRE(a.indicators.size() == 1);
        REQUIRE(a.indicators[0].outcomes.size() == 2);
        CHECK(a.indicators[0].outcomes[1].value.text == "20");
        CHECK(result.cells.kept == 3);  // the second Ansvarig: its header and two values
        CHECK(result.cells.total() == filled_cells(file));
    }
}

TEST_CASE("variant explained-headers: a header that says what to write after its name names its column") {
    for (std::string file : {"explained-headers.xlsx", "explained-headers.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        REQUIRE(result.doc.activities.size() == 3);
        REQUIRE(result.doc.goals.size() == 2);
        CHECK(result.doc.goals[0].text == "Likvärdiga möjligheter");
        const auto& a = activity_named(result.doc, "Följa upp stödbehov");
        CHECK(a.responsible == "Specialpedagog");
        REQUIRE(a.statuses.size() == 1);
        CHECK(a.statuses[0].checkpoint == mk::model::checkpoint::delar_1);
        CHECK(a.statuses[0].value == mk::model::status::deviates);
        CHECK(a.statuses[0].comment == "Försenad");
        CHECK(a.extras.empty());
        // "Mål" is another word for a nämndmål, as it is alone; the other headers name theirs by its own word.
        REQUIRE(result.doc.metadata.assumptions.size() == 1);
        CHECK(result.doc.metadata.assumptions[0].kind == mk::model::assumption_kind::column_synonym);
        CHECK(result.doc.metadata.assumptions[0].about == "Mål – vad vill vi uppnå?");
        CHECK(result.cells.kept == 0);
        CHECK(result.cells.total() == filled_cells(file));
    }
}

TEST_CASE("a workbook with no follow-up table names the sheet it looked on, or the sheets") {
    mk::set_language(mk::language::sv);
    mk::workbook book;
    book.sheets.emplace_back().name = "Blad1";
    book.sheets[0].cells.push_back({0, 0, mk::cell_type::string, "Anteckningar"});
    auto message_of = [](const mk::workbook& b) -> std::string {
        try {
            mk::recognize::recognise_follow_up(b, "tom.xlsx");
        } catch (const mk::error& e) {
            return e.what();
        }
        return "";
    };
    CHECK(message_of(book).find("på bladet \"Blad1\"") != std::string::npos);
    book.sheets.emplace_back().name = "Blad2";
    CHECK(message_of(book).find("på bladen \"Blad1\", \"Blad2\"") != std::string::npos);
}

TEST_CASE("issue: the year a single sheet's name gives is the follow-up's, before the file's name") {
    mk::workbook book;
    mk::sheet& s = book.sheets.emplace_back();
    s.name = "Uppföljning 2024";
    std::uint32_t col = 0;
    for (std::string text : {"Nämndmål", "Aktivitet", "Slutfört", "Status delår 2"})
        s.cells.push_back({0, col++, mk::cell_type::string, text});
    col = 0;
    for (std::string text : {"Trygg skolmiljö", "Rastvärdar", "Q1", "Pågående"})
        s.cells.push_back({1, col++, mk::cell_type::string, text});
    auto result = mk::recognize::recognise_follow_up(book, "blad.xlsx");
    CHECK(result.doc.metadata.year == 2024);
    CHECK_FALSE(result.doc.activities.at(0).year);
    CHECK(mk::recognize::recognise_follow_up(book, "uppfoljning-2023.xlsx").doc.metadata.year == 2024);
}

TEST_CASE("cell accounting of the seed follow-ups: every cell used or metadata, none skipped, the counts add up") {
    for (std::string file : {"uppfoljning/verksamhetsplan-2019.xlsx", "uppfoljning/verksamhetsplan-2019.ods",
                             "uppfoljning/verksamhetsplan-2019.libreoffice.xlsx", "uppfoljning/atagande-2018.xlsx",
                             "uppfoljning/atagande-2018.ods", "uppfoljning/atagande-2018.csv"}) {
        CAPTURE(file);
        std::string path = std::string(MK_FIXTURES) + "/" + file;
        auto book = mk::read_workbook(mk::read_input_file(path), mk::file_stem(path));
        auto result = mk::recognize::recognise_follow_up(book, file);
        std::size_t filled = 0;
        for (const auto& s : book.sheets)
            for (const auto& c : s.cells) filled += mk::recognize::is_filled(c);
        CHECK(result.cells.total() == filled);
        CHECK(result.cells.skipped.empty());
        CHECK(result.cells.kept == 0);
        CHECK(result.cells.used > 0);
    }
}

namespace {

// What a person reading a variant finds: goals, activities, and per unit, year and perspective
// the number of activities (or goals, for perspectives); cells by what became of them.
struct variant {
    std::string name;
    std::size_t goals = 0;
    std::size_t activities = 0;
    std::map<std::string, int> units;
    std::map<int, int> years;
    std::map<std::string, int> perspectives;
    std::size_t used = 0;
    std::size_t metadata = 0;
};

const variant variants[] = {
    {"unit-column", 1, 6, {{"Skola A", 2}, {"Skola B", 2}, {"Skola C", 2}}, {}, {}, 28, 0},
    {"sheet-per-unit", 2, 9, {{"Skola A", 3}, {"Skola B", 3}, {"Skola C", 3}}, {}, {}, 36, 0},
    {"sheet-per-perspective", 3, 4, {}, {}, {{"Samhälle", 1}, {"Medborgare", 2}}, 18, 0},
    {"years-stacked", 2, 6, {}, {{2019, 3}, {2018, 3}}, {}, 24, 2},
    {"years-side-by-side", 2, 6, {}, {{2019, 3}, {2018, 3}}, {}, 24, 2},
    {"years-in-columns", 2, 6, {}, {{2018, 3}, {2019, 3}}, {}, 19, 1},
    {"title-above-header", 2, 3, {}, {}, {}, 12, 1},
    {"unit-and-year-columns", 1, 4, {{"Skola A", 2}, {"Skola B", 2}}, {{2018, 2}, {2019, 2}}, {}, 25, 0},
    {"perspectives-stacked", 2, 3, {}, {}, {{"Samhälle", 1}, {"Ekonomi", 1}}, 17, 1},
    {"title-unit-2019", 2, 3, {{"Skola A", 3}}, {}, {}, 12, 3},
    {"unit-sections", 2, 9, {{"Skola A", 3}, {"Skola B", 3}, {"Skola C", 3}}, {}, {}, 30, 3},
    {"unit-above-tables", 2, 9, {{"Skola A", 3}, {"Skola B", 3}, {"Skola C", 3}}, {}, {}, 36, 3},
};

// The variants LibreOffice also saved as .csv.
bool has_csv(const std::string& name) {
    return name == "unit-column" || name == "unit-and-year-columns" || name == "perspectives-stacked";
}

}  // namespace

TEST_CASE("variants: units from a column or the sheets' names, years per table, perspectives from the sheets' names") {
    for (const variant& v : variants) {
        for (std::string extension : {".xlsx", ".ods", ".csv"}) {
            if (extension == ".csv" && !has_csv(v.name)) continue;
            std::string file = v.name + extension;
            CAPTURE(file);
            auto result = read_variant(file);
            const auto& doc = result.doc;
            CHECK(doc.goals.size() == v.goals);
            CHECK(doc.activities.size() == v.activities);
            std::map<std::string, int> units;
            std::map<int, int> years;
            std::map<std::string, int> perspectives;
            for (const auto& a : doc.activities) {
                if (!a.unit.empty()) ++units[a.unit];
                if (a.year) ++years[*a.year];
            }
            for (const auto& g : doc.goals)
                if (!g.perspective.empty()) ++perspectives[g.perspective];
            CHECK(units == v.units);
            CHECK(years == v.years);
            CHECK(perspectives == v.perspectives);
            CHECK(result.cells.used == v.used);
            CHECK(result.cells.kept == 0);
            CHECK(result.cells.metadata == v.metadata);
            CHECK(result.cells.skipped.empty());
            CHECK(result.cells.total() == filled_cells(file));
        }
    }
}

TEST_CASE("variants: two tables of two years keep the statuses of each year apart") {
    for (std::string file : {"years-stacked.xlsx", "years-side-by-side.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        // The second table's title ("Uppföljning 2018") is listed as a title, not as a perspective.
        CHECK(rows_skipped_as(result, mk::recognize::skip_reason::section).empty());
        CHECK(rows_skipped_as(result, mk::recognize::skip_reason::title).size() == 2);
        for (const auto& a : doc.activities)
            if (a.text == "Budgetuppföljning varje månad") {
                REQUIRE(a.year);
                REQUIRE(a.statuses.size() == 1);
                CHECK(a.statuses[0].word == (*a.year == 2019 ? "Kvarstår" : "Genomfört"));
            }
    }
}

TEST_CASE("variants: a skipped row is named by its first cell, in the second of two tables side by side too") {
    for (std::string file : {"years-side-by-side.xlsx", "years-side-by-side.ods"}) {
        CAPTURE(file);
        std::vector<std::string> places;
        for (const auto& s : read_variant(file).skipped)
            if (s.reason == mk::recognize::skip_reason::title) places.push_back(mk::recognize::place_of(s));
        CHECK(places == std::vector<std::string>{"Uppföljning!A1", "Uppföljning!E1"});
    }
    std::vector<std::string> legend;
    for (const auto& s : read_variant("legend-beside.xlsx").skipped)
        if (s.reason == mk::recognize::skip_reason::legend) legend.push_back(mk::recognize::place_of(s));
    CHECK(legend == std::vector<std::string>{"Uppföljning 2019!A10", "Uppföljning 2019!B11", "Uppföljning 2019!B12",
                                             "Uppföljning 2019!B13"});
}

TEST_CASE("variants: --enhet blad and kolumn:RUBRIK say where the unit is, a column no table has is refused") {
    using mk::recognize::unit_rule;
    std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/variants/";
    auto book = mk::read_workbook(mk::read_input_file(path + "years-stacked.xlsx"), "years-stacked");
    auto by_sheet =
        mk::recognize::recognise_follow_up(book, "years-stacked.xlsx", nullptr, {unit_rule::source::sheet, ""});
    for (const auto& a : by_sheet.doc.activities) CHECK(a.unit == "Uppföljning");

    auto extra = mk::read_workbook(mk::read_input_file(path + "extra-columns.ods"), "extra-columns");
    auto by_column =
        mk::recognize::recognise_follow_up(extra, "extra-columns.ods", nullptr, {unit_rule::source::column, "resurs"});
    CHECK(activity_named(by_column.doc, "Budgetuppföljning varje månad").unit == "Ekonomienheten");
    // The named column is no kept field any more, and the counts still add up.
    CHECK(activity_named(by_column.doc, "Budgetuppföljning varje månad").extras.size() == 1);
    CHECK(by_column.cells.total() == filled_cells("extra-columns.ods"));

    CHECK_THROWS_WITH(
        mk::recognize::recognise_follow_up(extra, "extra-columns.ods", nullptr, {unit_rule::source::column, "Skola"}),
        doctest::Contains("Skola"));
}

TEST_CASE(
    "variant title-unit-2019: the title block names the school, the file's name the year, and the summary says so") {
    for (std::string file : {"title-unit-2019.xlsx", "title-unit-2019.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        CHECK(result.doc.metadata.year == 2019);
        const auto& guesses = result.doc.metadata.assumptions;
        REQUIRE(guesses.size() == 2);
        CHECK(guesses[0].kind == mk::model::assumption_kind::unit_from_title);
        CHECK(guesses[0].about == "Skola A");
        CHECK(guesses[1].kind == mk::model::assumption_kind::year_from_file_name);
        CHECK(guesses[1].about == "2019");
    }
}

TEST_CASE(
    "variant unit-sections: a line naming a school among a table's rows or above a table is no goal, and is said once") {
    mk::set_language(mk::language::sv);
    for (std::string file : {"unit-sections.xlsx", "unit-above-tables.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        for (const auto& g : result.doc.goals) CHECK(g.text.find(':') == std::string::npos);
        for (const auto& row : result.skipped) CHECK(row.reason != mk::recognize::skip_reason::goal_only);
        auto lines = mk::pipeline::assumption_lines(result.doc.metadata.assumptions);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] == file +
                              ": enhet från raderna som namnger den på bladet \"Uppföljning 2019\" (Skola A, Skola B, "
                              "Skola C)");
    }
}

TEST_CASE("a line names a unit with a unit column's header, a colon and a short name") {
    using mk::recognize::unit_named_by_line;
    auto named = [](std::string_view line) {
        auto unit = unit_named_by_line(line);
        return unit ? unit->label + " = " + unit->name : "(none)";
    };
    CHECK(named("Skola: Skola A") == "Skola = Skola A");
    CHECK(named("  Enhet :  Björkskolan F-6 ") == "Enhet = Björkskolan F-6");
    CHECK(named("Förskola: Solrosen") == "Förskola = Solrosen");
    CHECK_FALSE(unit_named_by_line("Skola A"));
    CHECK_FALSE(unit_named_by_line("Skola:"));
    CHECK_FALSE(unit_named_by_line("Källa: Skolverket"));
    CHECK_FALSE(unit_named_by_line("Mål: Trygg skola"));
    CHECK_FALSE(unit_named_by_line("Skola: alla elever ska känna sig trygga i skolan."));
    CHECK_FALSE(unit_named_by_line("Skola: varje elev ska ha en trygg och stimulerande lärmiljö"));
}

TEST_CASE("a title-block row names a unit as a line or as a unit column's header beside a name") {
    using mk::recognize::unit_named_by_title_row;
    auto named = [](std::vector<std::string> row) {
        auto unit = unit_named_by_title_row(row);
        return unit ? unit->label + " = " + unit->name : "(none)";
    };
    CHECK(named({"Skola: Skola A"}) == "Skola = Skola A");
    CHECK(named({" Enhet ", "  Björkskolan  F-6"}) == "Enhet = Björkskolan F-6");
    CHECK(named({"Enhet", ""}) == "(none)");
    CHECK(named({"Ansvarig", "Rektor"}) == "(none)");
    CHECK(named({"Enhet", "Björkskolan", "F-6"}) == "(none)");
}

TEST_CASE("columns read by a synonym are said once per sheet, a table of the canonical headers says nothing") {
    mk::set_language(mk::language::sv);
    std::string path = std::string(MK_FIXTURES) + "/uppfoljning/atagande-2018.xlsx";
    auto atagande = mk::recognize::recognise_follow_up(
        mk::read_workbook(mk::read_input_file(path), mk::file_stem(path)), "atagande-2018.xlsx");
    const auto& guesses = atagande.doc.metadata.assumptions;
    REQUIRE(guesses.size() == 2);
    CHECK(guesses[1].kind == mk::model::assumption_kind::column_synonym);
    CHECK(guesses[1].about == "Åtagande 2018");
    CHECK(guesses[1].as == "activity");
    REQUIRE(mk::pipeline::assumption_lines(guesses).size() == 1);
    CHECK(
        mk::pipeline::assumption_lines(guesses)[0] ==
        "atagande-2018.xlsx: kolumner lästa efter sina rubriker på bladet \"Åtagande 2018\": \"Mål\" som KF-mål, \"Åtagande 2018\" som "
        "aktivitet");
    const auto& years = read_variant("years-stacked.xlsx").doc.metadata.assumptions;
    CHECK(years.size() == 2);  // the years only
    for (const auto& a : years) CHECK(a.kind == mk::model::assumption_kind::years_in_file);
}

TEST_CASE("variant legend-beside: a legend of fills beside their words decides the fill-only statuses") {
    for (std::string file : {"legend-beside.xlsx", "legend-beside.xls", "legend-beside.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        CHECK(doc.goals.size() == 2);
        REQUIRE(doc.activities.size() == 5);
        for (const auto& g : doc.goals) CHECK(g.text != "Förklaring");
        std::vector<std::string> statuses;
        for (const auto& a : doc.activities) {
            REQUIRE(a.statuses.size() == 1);
            CHECK_FALSE(a.statuses[0].assumed);
            statuses.push_back(a.statuses[0].source->cell + "=" + std::string(name_of(a.statuses[0].value)));
        }
        CHECK(statuses == std::vector<std::string>{"C4=done", "C5=on_track", "C6=done", "C7=deviates", "C8=on_track"});
        CHECK(result.statuses.by_legend == 5);
        CHECK(result.statuses.assumed == 0);
        REQUIRE(result.legends.size() == 1);
        CHECK(result.legends[0].entries.size() == 3);
        CHECK(result.legends[0].rows == std::vector<std::uint32_t>{9, 10, 11, 12});
        CHECK(rows_skipped_as(result, mk::recognize::skip_reason::legend) ==
              std::vector<std::uint32_t>{10, 11, 12, 13});
        CHECK(result.cells.skipped.empty());
        // The title and the legend's four cells.
        CHECK(result.cells.metadata == 5);
        CHECK(result.cells.total() == filled_cells(file));
        CHECK(findings_from(doc, 10).empty());
    }
}

TEST_CASE("variant legend-right: a legend beside the table leaves the perspective rows it shares perspectives") {
    for (std::string file : {"legend-right.xlsx", "legend-right.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        REQUIRE(doc.goals.size() == 2);
        CHECK(doc.goals[0].perspective == "Medborgare");
        CHECK(doc.goals[1].perspective == "Samhälle");
        std::vector<std::string> statuses;
        for (const auto& a : doc.activities) {
            REQUIRE(a.statuses.size() == 1);
            statuses.push_back(a.statuses[0].source->cell + "=" + std::string(name_of(a.statuses[0].value)));
        }
        CHECK(statuses == std::vector<std::string>{"C5=done", "C6=on_track", "C8=deviates", "C9=on_track"});
        CHECK(result.statuses.by_legend == 4);
        REQUIRE(result.legends.size() == 1);
        CHECK(result.legends[0].entries.size() == 3);
        CHECK(rows_skipped_as(result, mk::recognize::skip_reason::section) == std::vector<std::uint32_t>{4, 7});
        CHECK(rows_skipped_as(result, mk::recognize::skip_reason::legend).empty());
        // The title, the legend's heading on the header's row and its three words.
        CHECK(result.cells.skipped.empty());
        CHECK(result.cells.metadata == 5);
        CHECK(result.cells.total() == filled_cells(file));
        CHECK(findings_from(doc, 1).empty());
    }
}

TEST_CASE("variant years-in-columns: Status 2018 | Status 2019 in one table are two years, never fused") {
    for (std::string file : {"years-in-columns.xlsx", "years-in-columns.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        std::vector<std::string> lines;
        for (const auto& a : doc.activities) {
            std::string line = std::to_string(a.year.value_or(0)) + " " + a.text;
            for (const auto& s : a.statuses)
                line += " | " + s.label + ": " + s.word + (s.comment.empty() ? "" : " (" + s.comment + ")");
            lines.push_back(line);
        }
        CHECK(lines ==
              std::vector<std::string>{
                  "2018 Utveckling av elevhälsan | Status 2018: Ej påbörjad",
                  "2019 Utveckling av elevhälsan | Status 2019: Pågående",
                  "2018 Följa upp stödbehov | Status 2018: Pågående",
                  "2019 Följa upp stödbehov | Status 2019: Genomfört",
                  "2018 Budgetuppföljning varje månad | Status 2018: Genomfört",
                  "2019 Budgetuppföljning varje månad | Status 2019: Kvarstår (Nytt ekonomisystem under hösten)"});
        // Done in 2018 and not in 2019 is a year compared with the year before, not a status going back.
        CHECK(findings_from(doc, 1) == std::vector<std::string>{"MK030 E6"});
    }
}

TEST_CASE("variant totals-row: rows of totals under the table are metadata, no goals and no findings") {
    for (std::string file : {"totals-row.xlsx", "totals-row.xls", "totals-row.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        const auto& doc = result.doc;
        CHECK(doc.goals.size() == 2);
        CHECK(doc.activities.size() == 3);
        for (const auto& g : doc.goals) CHECK(g.text != "Summa");
        for (const auto& a : doc.activities) CHECK(a.text != "3");
        CHECK(rows_skipped_as(result, mk::recognize::skip_reason::totals) == std::vector<std::uint32_t>{5, 6});
        CHECK(mk::recognize::describe(mk::recognize::skip_reason::totals) == "summeringsrad");
        CHECK(result.cells.skipped.empty());
        // "Summa", its sum and count, "Antal:" and its count; no note of them.
        CHECK(result.cells.metadata == 5);
        CHECK(doc.notes.empty());
        CHECK(result.cells.total() == filled_cells(file));
        CHECK(findings_from(doc, 5).empty());
    }
}

TEST_CASE(
    "follow-up with a sheet per unit: each sheet's places share its name, apart from the other sheets' (issue 16)") {
    for (std::string file : {"sheet-per-unit.xlsx", "sheet-per-unit.ods"}) {
        CAPTURE(file);
        auto result = read_variant(file);
        std::map<std::string, const std::string*> sheet_names;
        const std::string* file_name = nullptr;
        for (const auto& a : result.doc.activities) {
            REQUIRE(a.source);
            CAPTURE(a.source->cell);
            const std::string& sheet = a.source->sheet;
            auto [known, added] = sheet_names.emplace(sheet, &sheet);
            CHECK(known->second == &sheet);
            if (!file_name) file_name = &a.source->file.str();
            CHECK(&a.source->file.str() == file_name);
            for (const auto& s : a.statuses) CHECK(&s.source->sheet.str() == known->second);
        }
        CHECK(sheet_names.size() == 3);
    }
}
