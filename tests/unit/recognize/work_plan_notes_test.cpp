// A work plan's footnotes, endnotes, comments and text boxes are kept as the plan's notes, each
// at the place of the paragraph or cell it is anchored in and named by its kind ("Fotnot: ..."),
// from LibreOffice's notes.docx and notes.odt (tests/data/docx/make_notes.py); its page headers and
// footers too, as notes of the file ("Sidhuvud: ..."); and its charts, with their data
// (tests/data/docx/make_charts.py).
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/recognize/work_plan.hpp"

using namespace mk;

TEST_CASE("work plan notes: every footnote, endnote, comment and text box is kept at its place") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/docx/notes." + format;
        model::document plan = recognize::recognise_work_plan(read_document(read_input_file(path)), "plan." + format);
        auto note = [&](const std::string& text) -> const model::statement& {
            auto found = std::find_if(plan.notes.begin(), plan.notes.end(),
                                      [&](const model::statement& s) { return s.text == text; });
            REQUIRE(found != plan.notes.end());
            return *found;
        };
        CHECK(note("Fotnot: Enligt skollagen 4 kap. 3 §.").source->paragraph == 1u);
        CHECK(note("Slutnot: Bokslutet lämnas i februari.").source->paragraph == 2u);
        CHECK(note("Kommentar: Förtydliga vem som ansvarar.").source->paragraph == 3u);
        const model::statement& box = note("Textruta: Text i en textruta om trygghet.");
        CHECK(box.source->paragraph == 4u);
        CHECK(box.source->section == "Alla elever ska nå kunskapskraven");
        const model::statement& in_table = note("Fotnot: Fotnot i tabellen.");
        CHECK(in_table.source->table == 1u);
        CHECK(in_table.source->row == 1u);
        CHECK(in_table.source->column == 1u);
    }
}

TEST_CASE("work plan notes: the page header and footer are kept as notes of the file") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string path = std::string(MK_FIXTURES) + "/malkedja/svenljunga-plan-2026." + format;
        model::document plan = recognize::recognise_work_plan(read_document(read_input_file(path)), "plan." + format);
        std::vector<std::string> page_texts;
        for (const model::statement& note : plan.notes)
            if (note.text.starts_with("Sid")) {
                page_texts.push_back(note.text);
                CHECK(note.source->file == "plan." + format);
                CHECK_FALSE(note.source->paragraph);
            }
        CHECK(page_texts == std::vector<std::string>{
                                "Sidhuvud: Barn- och utbildningsnämnden 2025-12-16, § 142",
                                "Sidfot: Svenljunga kommun – Plan för det systematiska kvalitetsarbetet 2026 – barn- "
                                "och utbildningsnämnden"});
    }
}

TEST_CASE("work plan notes: a chart is kept with its title and points at its paragraph or cell") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/docx/charts." + format;
        model::document plan = recognize::recognise_work_plan(read_document(read_input_file(path)), "plan." + format);
        std::vector<const model::statement*> charts;
        for (const model::statement& s : plan.notes)
            if (s.text.starts_with("Diagram: ")) charts.push_back(&s);
        REQUIRE(charts.size() == 2);
        CHECK(
            charts[0]->text ==
            "Diagram: Minst E i alla ämnen\nFlickor: 2021 = 81, 2022 = 79, 2023 = 83.5\nPojkar: 2021 = 84, 2022 = 86, "
            "2023 = 88");
        CHECK(charts[0]->source->section == "Alla elever ska nå kunskapskraven");
        CHECK(charts[1]->text == "Diagram: Andel: Trygg = 92, Inte trygg = 8");
        CHECK(charts[1]->source->table == 1u);
        CHECK(charts[1]->source->column == 2u);
    }
}
