// Text a school writes outside the answer places of a document malkedja filled is named at its
// place (MK032), never dropped unsaid; the template's own prose, which is read from nowhere, is not.
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/package/fill_memory.hpp"
#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/sk_document.hpp"
#include "tests/unit/edited_package.hpp"

namespace {

using mk::model::read_problem;

std::string template_of(const std::string& format) {
    return mk::read_input_file(std::string(MK_FIXTURES) + "/sk/sk-mall-2023-2024." + format);
}

std::string filled(const std::string& format) {
    mk::fill_plan plan;
    plan.replacements = {{"SKOLANS NAMN", "Exempelskolan"}};
    return format == "docx" ? mk::fill_docx(template_of(format), plan).bytes
                            : mk::fill_odt(template_of(format), plan).bytes;
}

// bytes with the first from in the body part replaced by to.
std::string edited(const std::string& format, const std::string& bytes, const std::string& from,
                   const std::string& to) {
    return mk::test::edited_package(bytes, mk::test::body_part(format), from, to);
}

std::vector<mk::model::read_note> unread(const std::string& format, const std::string& bytes) {
    auto doc = mk::pipeline::load_input(mk::pipeline::memory_source("Exempelskolan." + format, bytes));
    std::vector<mk::model::read_note> notes;
    std::copy_if(doc.read_notes.begin(), doc.read_notes.end(), std::back_inserter(notes),
                 [](const auto& note) { return note.problem == read_problem::unread_text; });
    return notes;
}

const std::string prose = "Måluppfyllelse per ämne och per årskurs (Vårterminens resultat)";

// The template's footer, and the part that holds it.
const std::string footer = "Systematiskt kvalitetsarbete – uppföljning 2022-2023";
std::string footer_part(const std::string& format) { return format == "docx" ? "word/footer1.xml" : "styles.xml"; }

}  // namespace

TEST_CASE("outside the answers: an edited sentence of the template is named at its section and paragraph") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        CHECK(unread(format, filled(format)).empty());
        auto notes = unread(format, edited(format, filled(format), prose, "Vi har också startat ett läsprojekt."));
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].detail == "Vi har också startat ett läsprojekt.");
        CHECK(notes[0].place.section == "2. RESULTATREDOVISNING ÅK 3");
        CHECK(notes[0].place.paragraph == 1u);
    }
}

TEST_CASE("outside the answers: nothing is named in a document without the memory that knows its texts") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        // Filled by hand from the template: no memory of a filling.
        CHECK(
            unread(format, edited(format, template_of(format), prose, "Vi har också startat ett läsprojekt.")).empty());
        // Filled by a version whose memory kept no texts.
        auto memory = mk::fill_memory_of(filled(format));
        REQUIRE(memory);
        std::string current = mk::encode_fill_memory(*memory);
        memory->texts.reset();
        memory->page_texts.reset();
        memory->pictures.reset();
        std::string old = mk::encode_fill_memory(*memory).replace(0, 3, "v=1");
        auto doc =
            mk::test::edited_package(edited(format, filled(format), prose, "Vi har också startat ett läsprojekt."),
                                     format == "docx" ? "docProps/custom.xml" : "meta.xml", current, old);
        REQUIRE(mk::fill_memory_of(doc));
        CHECK_FALSE(mk::fill_memory_of(doc)->texts);
        CHECK(unread(format, doc).empty());
    }
}

TEST_CASE("outside the answers: a footnote, comment or text box the school added is named, the template's are not") {
    // notes.docx and notes.odt (LibreOffice's, tests/data/docx) as a template with a footnote, an
    // endnote, a comment and a text box of its own.
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string own = mk::read_input_file(std::string(MK_SOURCE_DIR) + "/tests/data/docx/notes." + format);
        mk::fill_plan plan;
        plan.replacements = {{"Slut.", "Slut på planen."}};
        std::string bytes = format == "docx" ? mk::fill_docx(own, plan).bytes : mk::fill_odt(own, plan).bytes;
        auto memory = mk::fill_memory_of(bytes);
        REQUIRE(memory);
        mk::document doc = mk::read_document(bytes);
        mk::recognize::written_by_filler filler_wrote{[&](const mk::block& b) { return memory->wrote(b); }, {}, {}};
        auto notes_of = [&](const mk::document& d) {
            return mk::recognize::recognise_sk_document(d, "skola." + format, {}, filler_wrote).read_notes;
        };
        CHECK(notes_of(doc).empty());
        for (mk::block& b : doc.blocks)
            if (b.text == "Se rutan.") b.notes.push_back({mk::note_kind::comment, "Vi håller inte med om detta."});
        doc.blocks.back().notes.push_back({mk::note_kind::footnote, "Källa: elevenkäten."});
        auto notes = notes_of(doc);
        REQUIRE(notes.size() == 2);
        CHECK(notes[0].problem == read_problem::unread_text);
        CHECK(notes[0].detail == "Kommentar: Vi håller inte med om detta.");
        CHECK(notes[0].place.section == "Alla elever ska nå kunskapskraven");
        CHECK(notes[0].place.paragraph == 4u);
        CHECK(notes[1].detail == "Fotnot: Källa: elevenkäten.");
        // Without the memory every note is named (the template's five and the two added): none is an
        // answer.
        auto unchecked = mk::recognize::recognise_sk_document(doc, "skola." + format).read_notes;
        CHECK(std::count_if(unchecked.begin(), unchecked.end(),
                            [](const auto& note) { return note.problem == read_problem::unread_text; }) == 7);
    }
}

TEST_CASE("outside the answers: a page header or footer the school changed is named at the file, page numbers aside") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string bytes = filled(format);
        auto notes = unread(
            format, mk::test::edited_package(bytes, footer_part(format), footer, "Ansvarig: Anna Berg. " + footer));
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].detail == "Sidfot: Ansvarig: Anna Berg. " + footer + " & planering 2023-2024");
        CHECK(notes[0].place == mk::model::whole_file("Exempelskolan." + format));
        // Digits are not compared: a page number or count changes when the document is re-saved.
        CHECK(unread(format, mk::test::edited_package(bytes, footer_part(format), "2022-2023", "2024-2025")).empty());
        // A memory written before version 3 does not know the page texts: none is named.
        auto memory = mk::fill_memory_of(bytes);
        REQUIRE(memory);
        REQUIRE(memory->page_texts);
        std::string current = mk::encode_fill_memory(*memory);
        memory->page_texts.reset();
        memory->pictures.reset();
        std::string old = mk::encode_fill_memory(*memory).replace(0, 3, "v=2");
        auto before_pages =
            mk::test::edited_package(bytes, format == "docx" ? "docProps/custom.xml" : "meta.xml", current, old);
        REQUIRE(mk::fill_memory_of(before_pages));
        CHECK_FALSE(mk::fill_memory_of(before_pages)->page_texts);
        CHECK(unread(format, mk::test::edited_package(before_pages, footer_part(format), footer,
                                                      "Ansvarig: Anna Berg. " + footer))
                  .empty());
    }
}

TEST_CASE("in an answer: its footnotes, endnotes and text boxes are part of it, and a comment on it is named") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string bytes = filled(format);
        auto memory = mk::fill_memory_of(bytes);
        REQUIRE(memory);
        mk::document doc = mk::read_document(bytes);
        auto label = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                                  [](const mk::block& b) { return b.text == "Skolans svar:"; });
        REQUIRE(label + 1 < doc.blocks.end());
        mk::block& answer = *(label + 1);
        answer.text = "Vi har ökat läsningen.";
        answer.notes = {{mk::note_kind::footnote, "Källa: Skolverket."},
                        {mk::note_kind::comment, "Stämmer detta?"},
                        {mk::note_kind::text_box, "Läsning per vecka: 3 timmar."}};
        mk::recognize::written_by_filler filler_wrote{[&](const mk::block& b) { return memory->wrote(b); }, {}, {}};
        auto read = mk::recognize::recognise_sk_document(doc, "skola." + format, {}, filler_wrote);
        REQUIRE(read.sk_reports.size() == 1);
        const auto& answers = read.sk_reports[0].answers;
        REQUIRE(answers.size() == 1);
        CHECK(answers[0].text ==
              "Vi har ökat läsningen.\nFotnot: Källa: Skolverket.\nTextruta: Läsning per vecka: 3 timmar.");
        REQUIRE(read.read_notes.size() == 1);
        CHECK(read.read_notes[0].problem == read_problem::unread_text);
        CHECK(read.read_notes[0].detail == "Kommentar: Stämmer detta?");
        CHECK(read.read_notes[0].place == *answers[0].source);
    }
}

TEST_CASE("pictures: one in an answer is a line of it, one elsewhere is named unless the filler wrote it") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string bytes = filled(format);
        auto memory = mk::fill_memory_of(bytes);
        REQUIRE(memory);
        REQUIRE(memory->pictures);
        mk::document doc = mk::read_document(bytes);
        auto label = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                                  [](const mk::block& b) { return b.text == "Skolans svar:"; });
        REQUIRE(label + 1 < doc.blocks.end());
        (label + 1)->text = "Så här ser skolgården ut:";
        (label + 1)->notes = {{mk::note_kind::picture, "Den nya skolgården"}};
        doc.blocks.front().notes = {{mk::note_kind::picture, "Kommunens logotyp"}};
        auto pictures_named = [&](mk::recognize::written_by_filler filler_wrote) {
            auto read = mk::recognize::recognise_sk_document(doc, "skola." + format, {}, filler_wrote);
            REQUIRE(read.sk_reports.size() == 1);
            REQUIRE(read.sk_reports[0].answers.size() == 1);
            CHECK(read.sk_reports[0].answers[0].text == "Så här ser skolgården ut:\nBild: Den nya skolgården");
            std::vector<std::string> named;
            for (const auto& note : read.read_notes)
                if (note.detail.starts_with("Bild: ")) named.push_back(note.detail);
            return named;
        };
        auto paragraph = [&](const mk::block& b) { return memory->wrote(b); };
        auto picture = [&](const mk::block_note& note) { return memory->wrote_picture(note); };
        CHECK(pictures_named({paragraph, {}, picture}) == std::vector<std::string>{"Bild: Kommunens logotyp"});
        // The template's logo, which the memory knows.
        CHECK(
            pictures_named({paragraph, {}, [](const mk::block_note& note) { return note.text == "Kommunens logotyp"; }})
                .empty());
        // A memory from before pictures were read knows texts and not pictures: none is named.
        CHECK(pictures_named({paragraph, {}, {}}).empty());
        // A document filled by hand: each is.
        CHECK(pictures_named({}) == std::vector<std::string>{"Bild: Kommunens logotyp"});
    }
}
