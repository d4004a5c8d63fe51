// Texts a document keeps outside its paragraphs: footnotes, endnotes, comments and text boxes go
// with the paragraph they are anchored in (block::notes), in .docx (the body read as a stream and
// as a tree) and .odt, as LibreOffice and Word write them (tests/data/docx/make_notes.py,
// tests/data/word). Before, their texts were left out without a word.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/odt/read.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"
#include "src/container/document_dump.hpp"
#include "tests/unit/docx/document_queries.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

std::vector<block_note> notes_of(const std::vector<block>& blocks, std::string_view text) {
    return find_text(blocks, text).notes;
}

void check_notes(const document& doc) {
    auto one = [&](std::string_view paragraph, note_kind kind, const std::string& text) {
        std::vector<block_note> notes = notes_of(doc.blocks, paragraph);
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].kind == kind);
        CHECK(notes[0].text == text);
    };
    one("Målet följs upp varje termin.", note_kind::footnote, "Enligt skollagen 4 kap. 3 §.");
    one("Resultaten redovisas i bokslutet.", note_kind::endnote, "Bokslutet lämnas i februari.");
    one("Uppföljningen görs av rektor.", note_kind::comment, "Förtydliga vem som ansvarar.");
    one("Se rutan.", note_kind::text_box, "Text i en textruta om trygghet.");
    one("Indikator", note_kind::footnote, "Fotnot i tabellen.");
    CHECK(notes_of(doc.blocks, "Målvärde").empty());
    CHECK(notes_of(doc.blocks, "Slut.").empty());
}

}  // namespace

TEST_CASE("notes: LibreOffice's footnote, endnote, comment and text box in .docx and .odt") {
    std::string docx = source_bytes("tests/data/docx/notes.docx");
    check_notes(read_docx(docx));
    check_notes(read_as_tree(docx));
    check_notes(read_odt(source_bytes("tests/data/docx/notes.odt")));
}

TEST_CASE("notes: the dump shows each note under its paragraph") {
    std::string dump = dump_document(read_odt(source_bytes("tests/data/docx/notes.odt")));
    CHECK(dump.find("paragraph [Normal] \"Uppföljningen görs av rektor.\"\n  comment \"Förtydliga vem som "
                    "ansvarar.\"\n") != std::string::npos);
    CHECK(dump.find("      paragraph [Normal] \"Indikator\"\n        footnote \"Fotnot i tabellen.\"\n") !=
          std::string::npos);
}

TEST_CASE("notes: Word's comments with their ranges") {
    document doc = read_docx(source_bytes("tests/data/word/comments-rich-para.docx"));
    std::vector<block_note> notes = notes_of(doc.blocks, "Some text worthy of note.");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == note_kind::comment);
    CHECK(notes[0].text == "Text with hyperlink https://google.com embedded.");
    CHECK(notes_of(doc.blocks, "Paragraph 6").at(0).text == "Paragraph with Heading 2 paragraph style.");
    CHECK(notes_of(doc.blocks, "Document text").empty());
}

TEST_CASE("notes: a text box written only as a drawing, without the picture fallback, is read") {
    std::string docx =
        edited_package(source_bytes("tests/data/docx/notes.docx"), "word/document.xml", [](std::string& text) {
            std::size_t from = text.find("<mc:Fallback>");
            REQUIRE(from != std::string::npos);
            std::size_t to = text.find("</mc:Fallback>", from);
            text.erase(from, to + 14 - from);
        });
    CHECK(notes_of(read_docx(docx).blocks, "Se rutan.").at(0).text == "Text i en textruta om trygghet.");
}

TEST_CASE("notes: a long footnote referenced thousands of times counts against the memory budget") {
    std::string long_note =
        edited_package(source_bytes("tests/data/docx/notes.docx"), "word/footnotes.xml", [](std::string& text) {
            std::size_t at = text.find("Enligt skollagen");
            REQUIRE(at != std::string::npos);
            text.insert(at, std::string(100'000, 'x'));
        });
    std::string docx = edited_package(long_note, "word/document.xml", [](std::string& text) {
        std::size_t at = text.find("<w:footnoteReference");
        REQUIRE(at != std::string::npos);
        std::size_t end = text.find("/>", at) + 2;
        std::string reference = text.substr(at, end - at);
        std::string many;
        for (int i = 0; i < 3'000; ++i) many += reference;
        text.replace(at, end - at, many);
    });
    CHECK(error_code_of([&] { read_docx(long_note); }).empty());
    CHECK(error_code_of([&] { read_docx(docx); }) == "document.too_large");
}

}  // namespace mk::test
