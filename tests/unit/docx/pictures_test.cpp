// Pictures and embedded objects in documents: each is a note of the paragraph it is anchored in,
// named by its description (alt text), title or name (note_kind::picture), or, for an embedded
// object or SmartArt, by its kind ("kalkylblad") or name and texts (note_kind::embedded_object): LibreOffice's .docx and .odt
// (tests/data/docx/make_pictures.py) and Word's own .docx. Before, they were left out without a
// word. In a footnote, endnote or comment they are lines of its text. A page header's logo is not
// one: page texts are text.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/odt/read.hpp"
#include "tests/unit/docx/document_queries.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

// The notes of the first paragraph of doc's body that starts with text (LibreOffice's .docx keeps the
// space a paragraph ends with before its picture, its .odt reads without).
std::vector<block_note> notes_after(const document& doc, std::string_view text) {
    for (const block& b : doc.blocks)
        if (b.text.starts_with(text)) return b.notes;
    FAIL("no paragraph starts with " << text);
    return {};
}

void check_pictures(const document& doc) {
    std::vector<block_note> notes = notes_after(doc, "Elevernas resultat:");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == note_kind::picture);
    CHECK(notes[0].text == "Stapeldiagram: andel elever med minst E, 2021 till 2023");
    const block* table = all_tables(doc.blocks).at(0);
    std::vector<block_note> in_cell = table->rows.at(0).cells.at(1).blocks.at(0).notes;
    REQUIRE(in_cell.size() == 1);
    CHECK(in_cell[0].kind == note_kind::picture);
    CHECK(in_cell[0].text == "Skolgården");
    std::vector<block_note> budget = notes_after(doc, "Budget:");
    REQUIRE(budget.size() == 1);
    CHECK(budget[0].kind == note_kind::embedded_object);
    CHECK(budget[0].text == "kalkylblad");
    REQUIRE(doc.page_headers.size() == 1);
    CHECK(doc.page_headers[0].starts_with("Barn- och utbildningsnämnden"));
    CHECK(doc.page_headers[0].find("logotyp") == std::string::npos);
}

}  // namespace

TEST_CASE("pictures: LibreOffice's pictures and embedded workbook in .docx and .odt, the header's logo left out") {
    std::string docx = source_bytes("tests/data/docx/pictures.docx");
    check_pictures(read_docx(docx));
    check_pictures(read_as_tree(docx));
    check_pictures(read_odt(source_bytes("tests/data/docx/pictures.odt")));
}

TEST_CASE("pictures: a picture in a footnote and a workbook in an endnote are lines of their notes, in both formats") {
    // tests/data/docx/make_pictures.py. The .docx's notes were read without their drawings.
    for (const document& doc : {read_docx(source_bytes("tests/data/docx/note-pictures.docx")),
                                read_odt(source_bytes("tests/data/docx/note-pictures.odt"))}) {
        std::vector<block_note> notes = notes_after(doc, "Skolområdena samarbetar.");
        REQUIRE(notes.size() == 2);
        CHECK(notes[0].kind == note_kind::footnote);
        CHECK(notes[0].text == "Se kartan:\nKarta över skolområdena");
        CHECK(notes[1].kind == note_kind::endnote);
        CHECK(notes[1].text == "Budget:\nkalkylblad");
    }
}

TEST_CASE("pictures: Word's inline pictures are named by their picture's name, its SmartArt by the drawing's") {
    document doc = read_docx(source_bytes("tests/data/word/shp-inline-shape-access.docx"));
    std::vector<std::pair<note_kind, std::string>> notes;
    for (const block& b : doc.blocks)
        for (const block_note& note : b.notes) notes.emplace_back(note.kind, note.text.substr(0, 9));
    CHECK(notes == std::vector<std::pair<note_kind, std::string>>{{note_kind::picture, "python-po"},
                                                                  {note_kind::picture, "monty-tru"},
                                                                  {note_kind::picture, "python-ic"},
                                                                  {note_kind::embedded_object, "Diagram 3"},
                                                                  {note_kind::chart, "Series 1:"}});
}

TEST_CASE("pictures: a VML picture (an older Word's) is named by its shape") {
    // LibreOffice writes the embedded workbook as a VML shape with its preview picture beside the
    // object (o:OLEObject); without the object, the shape is a picture of its own.
    std::string docx =
        edited_package(source_bytes("tests/data/docx/pictures.docx"), "word/document.xml", [](std::string& text) {
            std::size_t at = text.find("<o:OLEObject ");
            REQUIRE(at != std::string::npos);
            text.erase(at, text.find("/>", at) + 2 - at);
        });
    std::vector<block_note> notes = notes_after(read_docx(docx), "Budget:");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == note_kind::picture);
    CHECK(notes[0].text == "ole_rId4");
}

}  // namespace mk::test
