// Follow-up variants made by openpyxl and LibreOffice (tests/data/variants/make.py): what a person
// reading each finds, and where every non-empty cell of it went.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/recognize/follow_up.hpp"

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
