// A filled document remembers its filling (issue 14): filled_and_unchanged knows malkedja's own
// documents from edited ones, and a refill keeps the cells a person changed.
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/package/fill_memory.hpp"
#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/edited_package.hpp"

using namespace mk;

namespace {

std::string template_of(const std::string& format) {
    return read_input_file(std::string(MK_FIXTURES) + "/sk/sk-mall-2023-2024." + format);
}

filled_document fill_as(const std::string& format, std::string_view bytes, const fill_plan& plan) {
    return format == "docx" ? fill_docx(bytes, plan) : fill_odt(bytes, plan);
}

const table_ref survey_table{{"NORMER & VÄRDEN", "ÅK F-3"}, "SKOLAN"};

// A plan that pre-fills the school's value of two survey indices.
fill_plan survey_plan(const std::string& first, const std::string& second) {
    fill_plan plan;
    plan.replacements = {{"SKOLANS NAMN", "Exempelskolan"}};
    plan.cells = {{survey_table, "Lärande", "SKOLAN", first}, {survey_table, "Livsstil", "SKOLAN", second}};
    return plan;
}

// bytes with from replaced by to in part (else the body part), as an edit in an office program would.
std::string edited(const std::string& format, const std::string& bytes, const std::string& from, const std::string& to,
                   std::string part = "") {
    return test::edited_package(bytes, part.empty() ? test::body_part(format) : part, from, to);
}

// Whether memory, which knows its texts, says malkedja wrote a paragraph of this text and style.
bool knows(const std::optional<fill_memory>& memory, std::string text, std::string style = "") {
    REQUIRE(memory);
    REQUIRE(memory->texts);
    block paragraph;
    paragraph.text = std::move(text);
    paragraph.style = std::move(style);
    return memory->wrote(paragraph);
}

std::string cell_value(const std::string& bytes, const std::string& row) {
    auto doc = read_document(bytes);
    for (const auto* table : all_tables(doc.blocks)) {
        if (table->rows.empty() || table->column_count() < 2 || cell_text(table->rows[0].cells[1]) != "SKOLAN")
            continue;
        for (const auto& r : table->rows)
            if (cell_text(r.cells[0]) == row) return cell_text(r.cells[1]);
    }
    return "(no cell)";
}

}  // namespace

TEST_CASE("the fill memory reads back as written, separators and line breaks included") {
    fill_memory memory{"0123abcd",
                       {{"a;b=c", "x%y\nz"}, {"", ""}},
                       std::vector<std::uint32_t>{0, 0xA0B1C2D3},
                       std::vector<std::uint32_t>{},
                       std::vector<std::uint32_t>{7}};
    auto decoded = decode_fill_memory(encode_fill_memory(memory));
    REQUIRE(decoded);
    CHECK(decoded->fingerprint == memory.fingerprint);
    CHECK(decoded->slots == memory.slots);
    CHECK(decoded->texts == memory.texts);
    CHECK(decoded->page_texts == memory.page_texts);
    CHECK(decoded->pictures == memory.pictures);
    CHECK_FALSE(decode_fill_memory("something else"));
    CHECK_FALSE(decode_fill_memory("v=1;slot=%4"));
    CHECK_FALSE(decode_fill_memory("v=2;texts=0123"));
    CHECK_FALSE(decode_fill_memory("v=2;texts=00000002000000g1"));
    // Out of order: no memory malkedja wrote.
    CHECK_FALSE(decode_fill_memory("v=2;texts=0000000200000001"));
}

TEST_CASE("a memory of version 1 reads with its texts unknown, and knows no paragraph as its own") {
    auto old = decode_fill_memory("v=1;fingerprint=0123abcd");
    REQUIRE(old);
    CHECK(old->fingerprint == "0123abcd");
    CHECK_FALSE(old->texts);
    block paragraph;
    paragraph.text = "Skolans svar:";
    CHECK_FALSE(old->wrote(paragraph));
    CHECK_FALSE(decode_fill_memory("v=1;texts=00000001"));
}

TEST_CASE("a memory of version 2 reads with its page texts unknown, and knows no page text as its own") {
    auto old = decode_fill_memory("v=2;texts=00000001");
    REQUIRE(old);
    CHECK(old->texts);
    CHECK_FALSE(old->page_texts);
    CHECK_FALSE(old->wrote_page_text(""));
    CHECK_FALSE(decode_fill_memory("v=2;pages=00000001"));
    CHECK_FALSE(decode_fill_memory("v=6;texts=00000001"));
}

TEST_CASE("a memory of version 3 reads with its pictures unknown, and knows no picture as its own") {
    auto old = decode_fill_memory("v=3;texts=00000001;pages=00000002");
    REQUIRE(old);
    CHECK(old->page_texts);
    CHECK_FALSE(old->pictures);
    CHECK_FALSE(old->wrote_picture({note_kind::picture, "Logotyp"}));
    CHECK_FALSE(decode_fill_memory("v=3;pictures=00000001"));
}

TEST_CASE("the memory knows the page texts malkedja wrote, whatever their digits, and no other") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto memory = fill_memory_of(fill_as(format, template_of(format), survey_plan("71", "88")).bytes);
        REQUIRE(memory);
        std::string footer = "Systematiskt kvalitetsarbete – uppföljning 2022-2023 & planering 2023-2024";
        CHECK(memory->wrote_page_text(footer));
        CHECK(memory->wrote_page_text("Systematiskt  kvalitetsarbete – uppföljning 2021-2022 & planering 2023-2024"));
        CHECK_FALSE(memory->wrote_page_text("Ansvarig: Anna Berg. " + footer));
    }
}

TEST_CASE("the memory knows each paragraph malkedja wrote, also re-spaced, and no other") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto memory = fill_memory_of(fill_as(format, template_of(format), survey_plan("71", "88")).bytes);
        CHECK(knows(memory, "Exempelskolan"));
        CHECK(knows(memory, "  Exempel skolan "));
        CHECK_FALSE(knows(memory, "Vi har också startat ett läsprojekt."));
        // A table-of-contents entry is the office program's to rewrite.
        CHECK(knows(memory, "Vi har också startat ett läsprojekt.", "TOC 1"));
    }
}

TEST_CASE("a refill remembers the texts it wrote and not those a person added") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto filled = fill_as(format, template_of(format), survey_plan("71", "88")).bytes;
        auto plan = survey_plan("72", "90");
        plan.update = true;
        auto memory = fill_memory_of(fill_as(format, edited(format, filled, ">71<", ">ca 80<"), plan).bytes);
        CHECK(knows(memory, "90"));
        CHECK_FALSE(knows(memory, "ca 80"));
        CHECK(knows(memory, "Exempelskolan"));
    }
}

TEST_CASE("a refill of a document whose only change is a comment is no refill of malkedja's own document") {
    // Before, the body's fingerprint alone decided: the comment's key was remembered as malkedja's,
    // so that sk collect no longer named it and a later sk generate wrote over it.
    auto filled = fill_as("odt", template_of("odt"), survey_plan("71", "88")).bytes;
    std::string commented =
        edited("odt", filled, ">Exempelskolan<",
               "><office:annotation><text:p>Stämmer detta?</text:p></office:annotation>Exempelskolan<");
    auto plan = survey_plan("71", "88");
    plan.update = true;
    auto memory = fill_memory_of(fill_as("odt", commented, plan).bytes);
    REQUIRE(memory);
    CHECK(memory->fingerprint.empty());
    CHECK_FALSE(knows(memory, "Stämmer detta?"));
    CHECK(knows(memory, "Exempelskolan"));
}

TEST_CASE("pictures: the memory knows a template's pictures and embedded objects, and a picture added is a change") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        // LibreOffice's work plan with two pictures and an embedded workbook, filled as a template.
        std::string pictures = read_input_file(std::string(MK_SOURCE_DIR) + "/tests/data/docx/pictures." + format);
        std::string filled = fill_as(format, pictures, {}).bytes;
        auto memory = fill_memory_of(filled);
        REQUIRE(memory);
        REQUIRE(memory->pictures);
        CHECK(memory->pictures->size() == 3);
        CHECK(memory->wrote_picture({note_kind::picture, "Skolgården"}));
        CHECK_FALSE(memory->wrote_picture({note_kind::picture, "Den nya skolgården"}));
        mk::document doc = mk::read_document(filled);
        REQUIRE(unchanged(memory, doc));
        doc.blocks.back().notes.push_back({mk::note_kind::picture, "Den nya skolgården"});
        CHECK_FALSE(unchanged(memory, doc));
        // The school puts its own picture in the place of one: a refill keeps it out of the memory.
        fill_plan update;
        update.update = true;
        std::string renamed = filled;
        // A .docx names it twice: its drawing and the picture in it.
        for (int i = 0; i < (format == "docx" ? 2 : 1); ++i)
            renamed = edited(format, renamed, "name=\"Skolgården\"", "name=\"Den nya skolgården\"");
        auto refilled = fill_memory_of(fill_as(format, renamed, update).bytes);
        REQUIRE(refilled);
        REQUIRE(refilled->pictures);
        CHECK(refilled->pictures->size() == 2);
        CHECK_FALSE(refilled->wrote_picture({note_kind::picture, "Den nya skolgården"}));
        CHECK(refilled->wrote_picture({note_kind::embedded_object, "kalkylblad"}));
    }
}

TEST_CASE("SmartArt: a memory of version 4 knows a template's SmartArt by its name, as that version read it") {
    // Word's document with SmartArt (python-docx's test file), filled as a template.
    std::string word = read_input_file(std::string(MK_SOURCE_DIR) + "/tests/data/word/shp-inline-shape-access.docx");
    std::string filled = fill_as("docx", word, {}).bytes;
    auto memory = fill_memory_of(filled);
    REQUIRE(memory);
    REQUIRE(memory->pictures);
    mk::document doc = mk::read_document(filled);
    std::vector<block_note> pictures;
    for (const block& b : doc.blocks)
        for (const block_note& note : b.notes)
            if (is_picture(note.kind)) pictures.push_back(note);
    REQUIRE(pictures.size() == 4);
    const block_note& smart_art = pictures[3];
    REQUIRE(smart_art.text == "Diagram 3\nfoo\nbar\nbaz");
    CHECK(memory->wrote_picture(smart_art));
    // The memory version 4 wrote: SmartArt keyed by its name, the text it read then.
    fill_memory as_written = *memory;
    as_written.pictures.emplace();
    for (const block_note& note : pictures) as_written.pictures->push_back(picture_key(note, '4'));
    std::sort(as_written.pictures->begin(), as_written.pictures->end());
    std::string text = encode_fill_memory(as_written);
    text.replace(0, 3, "v=4");
    auto old = decode_fill_memory(text);
    REQUIRE(old);
    CHECK(old->wrote_picture(smart_art));
    CHECK(unchanged(old, doc));
    fill_memory read_as_new = *old;
    read_as_new.version = fill_memory_version;
    CHECK_FALSE(read_as_new.wrote_picture(smart_art));
    CHECK_FALSE(unchanged(read_as_new, doc));
    // A refill of that document remembers the SmartArt as malkedja's, now by its texts too.
    fill_plan update;
    update.update = true;
    std::string sent_out = edited("docx", filled, encode_fill_memory(*memory), text, "docProps/custom.xml");
    auto refilled = fill_memory_of(fill_as("docx", sent_out, update).bytes);
    REQUIRE(refilled);
    REQUIRE(refilled->pictures);
    CHECK(refilled->version == fill_memory_version);
    CHECK(refilled->wrote_picture(smart_art));
    CHECK(refilled->pictures == memory->pictures);
    // Had the school added the SmartArt after a filling of version 4, a refill keeps it out.
    fill_memory without = as_written;
    std::erase(*without.pictures, picture_key(smart_art, '4'));
    std::string school_text = encode_fill_memory(without);
    school_text.replace(0, 3, "v=4");
    std::string school_added = edited("docx", filled, encode_fill_memory(*memory), school_text, "docProps/custom.xml");
    auto refilled_after_school = fill_memory_of(fill_as("docx", school_added, update).bytes);
    REQUIRE(refilled_after_school);
    REQUIRE(refilled_after_school->pictures);
    CHECK_FALSE(refilled_after_school->wrote_picture(smart_art));
    CHECK(refilled_after_school->pictures->size() == 3);
}

TEST_CASE("filled_and_unchanged: a filled document until someone edits it, never a template") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto filled = fill_as(format, template_of(format), survey_plan("71", "88")).bytes;
        CHECK(filled_and_unchanged(filled));
        CHECK_FALSE(filled_and_unchanged(template_of(format)));
        CHECK_FALSE(filled_and_unchanged(edited(format, filled, "Exempelskolan", "Exempelskolan, vår skola")));
        // A page header or footer, or a note, is the school's too.
        CHECK_FALSE(
            filled_and_unchanged(mk::test::edited_package(filled, format == "docx" ? "word/footer1.xml" : "styles.xml",
                                                          "Systematiskt", "Rektor: Anna Berg. Systematiskt")));
        auto memory = fill_memory_of(filled);
        mk::document doc = mk::read_document(filled);
        REQUIRE(unchanged(memory, doc));
        doc.blocks.back().notes.push_back({mk::note_kind::comment, "Vi håller inte med om detta."});
        CHECK_FALSE(unchanged(memory, doc));
        CHECK_FALSE(filled_and_unchanged("not a document"));
    }
}

TEST_CASE("update refreshes the cells malkedja filled and keeps, and lists, those a person changed") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto filled = fill_as(format, template_of(format), survey_plan("71", "88")).bytes;
        auto typed = edited(format, filled, ">71<", ">ca 80<");
        auto plan = survey_plan("72", "90");
        plan.update = true;
        auto updated = fill_as(format, typed, plan);
        CHECK(cell_value(updated.bytes, "Lärande") == "ca 80");
        CHECK(cell_value(updated.bytes, "Livsstil") == "90");
        REQUIRE(updated.kept.size() == 1);
        CHECK(updated.kept[0].kept == "ca 80");
        CHECK(updated.kept[0].slot.text == "72");
        // Its content is no longer all malkedja's.
        CHECK_FALSE(filled_and_unchanged(updated.bytes));
        // A refill of an unchanged document is malkedja's own again.
        auto refreshed = fill_as(format, filled, plan);
        CHECK(refreshed.kept.empty());
        CHECK(filled_and_unchanged(refreshed.bytes));
    }
}

TEST_CASE("update of a document without memory fills only empty cells and lists every other difference") {
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto plan = survey_plan("72", "90");
        plan.update = true;
        // The template: its SKOLAN cells are empty, and it remembers no filling.
        auto first = fill_as(format, template_of(format), plan);
        CHECK(first.kept.empty());
        CHECK(cell_value(first.bytes, "Lärande") == "72");
        // Filled by an older version (no memory), then "ca 80" typed over 71.
        auto filled = fill_as(format, template_of(format), survey_plan("71", "88")).bytes;
        auto old = edited(format, filled, std::string(fill_memory_property), "annan-egenskap",
                          format == "docx" ? "docProps/custom.xml" : "meta.xml");
        auto typed = edited(format, old, ">71<", ">ca 80<");
        auto updated = fill_as(format, typed, plan);
        CHECK(cell_value(updated.bytes, "Lärande") == "ca 80");
        CHECK(cell_value(updated.bytes, "Livsstil") == "88");
        REQUIRE(updated.kept.size() == 2);
        CHECK(updated.kept[0].kept == "ca 80");
        CHECK(updated.kept[1].kept == "88");
        CHECK(updated.kept[1].slot.text == "90");
    }
}
