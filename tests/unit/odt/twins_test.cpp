// The .odt fixtures (LibreOffice's conversions of the python-docx .docx files): the counts their
// README states, and the same blocks as their .docx twins.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/odt/read.hpp"
#include "src/container/document_dump.hpp"
#include "tests/unit/docx/document_queries.hpp"

namespace mk::test {
namespace {

std::size_t heading_count(const block_counts& counts) {
    std::size_t total = 0;
    for (std::size_t n : counts.headings) total += n;
    return total;
}

std::size_t list_item_count(const block_counts& counts) {
    return counts.body_bullets + counts.cell_bullets + counts.numbered_items;
}

}  // namespace

TEST_CASE("odt: the fixtures have the headings, tables, list items and merged cells of their README") {
    struct expected {
        std::string_view path;
        std::size_t tables, headings, list_items, row_spanning;
    };
    constexpr expected fixtures[] = {
        {"malkedja/grundskolenamnden-arbetsplan.odt", 1, 8, 17, 0},
        {"malkedja/svenljunga-plan-2026.odt", 1, 50, 73, 0},
        {"sk/sk-mall-2023-2024.odt", 24, 59, 46, 1},
        {"sk/exempelskolan-ifylld-2023.odt", 24, 59, 46, 1},
    };
    for (const expected& e : fixtures) {
        INFO(e.path);
        block_counts counts = count_blocks(read_odt(fixture_bytes(e.path)));
        CHECK(counts.tables == e.tables);
        CHECK(heading_count(counts) == e.headings);
        CHECK(list_item_count(counts) == e.list_items);
        CHECK(counts.row_spanning == e.row_spanning);
    }
    block_counts plan = count_blocks(read_odt(fixture_bytes("malkedja/grundskolenamnden-arbetsplan.odt")));
    CHECK(plan.headings[1] == 2);
    CHECK(plan.headings[2] == 6);
    block_counts sk = count_blocks(read_odt(fixture_bytes("sk/sk-mall-2023-2024.odt")));
    CHECK(sk.headings[1] == 13);
    CHECK(sk.headings[2] == 28);
    CHECK(sk.headings[3] == 18);
}

TEST_CASE("odt: every .docx and .odt twin gives the same blocks") {
    constexpr std::string_view fixture_twins[] = {"malkedja/grundskolenamnden-arbetsplan", "malkedja/svenljunga-plan-2026",
                                                  "sk/sk-mall-2023-2024", "sk/exempelskolan-ifylld-2023"};
    for (std::string_view twin : fixture_twins) {
        INFO(twin);
        std::string docx = dump_document(read_docx(fixture_bytes(std::string(twin) + ".docx")));
        std::string odt = dump_document(read_odt(fixture_bytes(std::string(twin) + ".odt")));
        CHECK(docx.size() > 1000);
        CHECK(docx == odt);
    }
    CHECK(dump_document(read_docx(source_bytes("tests/data/docx/features.docx"))) ==
          dump_document(read_odt(source_bytes("tests/data/docx/features.odt"))));
}

TEST_CASE("odt: a numbered heading shows the same number as in its .docx twin") {
    // numbered.odt is LibreOffice's conversion of features.docx with the Heading 1 paragraph put in
    // List Number's list (see make.py); the .docx side makes the same edit here.
    std::string docx = edited_package(source_bytes("tests/data/docx/features.docx"), "word/document.xml",
                                      [](std::string& text) {
                                          replace_all(text, "<w:pStyle w:val=\"Heading1\"/>",
                                                      "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/>"
                                                      "<w:numId w:val=\"5\"/></w:numPr>");
                                      });
    document from_docx = read_docx(docx);
    document from_odt = read_odt(source_bytes("tests/data/docx/numbered.odt"));
    CHECK(find_text(from_odt.blocks, "Rubrik ett").number == "1.");
    CHECK(find_text(from_docx.blocks, "Rubrik ett").number == "1.");
    CHECK(dump_document(from_docx) == dump_document(from_odt));
}

TEST_CASE("odt: LibreOffice's styles read with Word's names") {
    document doc = read_odt(fixture_bytes("sk/exempelskolan-ifylld-2023.odt"));
    CHECK(doc.blocks[0].style == "Title");
    CHECK(doc.blocks[0].text == "Exempelskolan");
    CHECK(find_text(doc.blocks, "Innehållsförteckning F-9").style == "TOC Heading");
    CHECK(find_text(doc.blocks, "1. PRESENTATION AV SKOLAN\t2").style == "TOC 1");
    CHECK(find_text(doc.blocks, "Eventuell kommentar:").style == "Normal");
    CHECK(yellow_texts(doc).size() == 5);
    // A soft page break inside a list item is no text.
    CHECK(find_text(doc.blocks, "Arbeta för att öka elevernas upplevelse av studiero.").kind == block_kind::list_item);
}

TEST_CASE("odt: LibreOffice's tracked changes, fields and content controls") {
    document doc = read_odt(source_bytes("tests/data/docx/changes.odt"));
    CHECK(find_text(doc.blocks, "Texten är tillagd här.").kind == block_kind::paragraph);
    CHECK(find_text(doc.blocks, "Första halvan och andra halvan.").kind == block_kind::paragraph);
    CHECK(find_text(doc.blocks, "Fält: enkelt och sammansatt.").kind == block_kind::paragraph);
    CHECK(find_text(doc.blocks, "Innehåll i en innehållskontroll").kind == block_kind::paragraph);
    CHECK(dump_document(doc).find("borttagen") == std::string::npos);
}

}  // namespace mk::test
