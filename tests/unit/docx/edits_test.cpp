// features.docx (python-docx) with WordprocessingML that python-docx cannot write added to its
// document.xml or styles.xml here, as Word writes it: tracked changes, fields, content controls,
// special characters, table grid oddities, style chains, strict namespaces, hostile nesting.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/registry.hpp"
#include "src/container/document_dump.hpp"
#include "src/container/document_limits.hpp"
#include "tests/unit/docx/document_queries.hpp"

namespace mk::test {
namespace {

std::string features() { return source_bytes("tests/data/docx/features.docx"); }

// features.docx with body_xml added at the end of its body.
std::string with_body(std::string_view body_xml) {
    return edited_package(features(), "word/document.xml", [&](std::string& text) {
        text.insert(text.rfind("<w:sectPr"), body_xml);
    });
}

// The blocks after "Efter tabellen.", the last paragraph of features.docx.
std::vector<block> added_blocks(std::string_view body_xml) {
    document doc = read_docx(with_body(body_xml));
    auto last = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                             [](const block& b) { return b.text == "Efter tabellen."; });
    REQUIRE(last != doc.blocks.end());
    return {last + 1, doc.blocks.end()};
}

std::string only_text(std::string_view body_xml) {
    std::vector<block> blocks = added_blocks(body_xml);
    REQUIRE(blocks.size() == 1);
    return blocks[0].text;
}

std::string paragraph(std::string_view runs) { return "<w:p>" + std::string(runs) + "</w:p>"; }

std::string run(std::string_view text) { return "<w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r>"; }

std::string table_cell(std::string_view properties, std::string_view text) {
    return "<w:tc><w:tcPr>" + std::string(properties) + "</w:tcPr>" + paragraph(run(text)) + "</w:tc>";
}

// A table nested depth levels deep, one cell each.
std::string nested_tables(std::size_t depth) {
    std::string xml = paragraph(run("innerst"));
    for (std::size_t i = 0; i < depth; ++i) xml = "<w:tbl><w:tr><w:tc>" + xml + "<w:p/></w:tc></w:tr></w:tbl>";
    return xml;
}

}  // namespace

TEST_CASE("docx: tracked changes read as accepted") {
    constexpr std::string_view change = "w:id=\"1\" w:author=\"Test\" w:date=\"2024-01-01T00:00:00Z\"";
    std::string ins = "<w:ins " + std::string(change) + ">" + run("tillagd") + "</w:ins>";
    std::string del = "<w:del " + std::string(change) + "><w:r><w:delText>borttagen</w:delText></w:r></w:del>";
    CHECK(only_text(paragraph(run("Texten är ") + ins + del + run(" här."))) == "Texten är tillagd här.");
    std::string moved = "<w:moveFrom " + std::string(change) + "><w:r><w:delText>gammal</w:delText></w:r></w:moveFrom>" +
                        "<w:moveTo " + std::string(change) + ">" + run("ny") + "</w:moveTo>";
    CHECK(only_text(paragraph(run("Plats: ") + moved)) == "Plats: ny");
    std::string deleted_mark = "<w:p><w:pPr><w:rPr><w:del " + std::string(change) + "/></w:rPr></w:pPr>" +
                               run("Första halvan ") + "</w:p>";
    CHECK(only_text(deleted_mark + paragraph(run("och andra halvan."))) == "Första halvan och andra halvan.");
    // The body is read one child at a time: the joined paragraph outlives the child it came in.
    std::string marks = "<w:bookmarkStart w:id=\"9\" w:name=\"b\"/><w:bookmarkEnd w:id=\"9\"/>";
    CHECK(only_text(deleted_mark + marks + paragraph(run("och andra halvan."))) == "Första halvan och andra halvan.");
    std::vector<block> before_table =
        added_blocks(deleted_mark + marks + "<w:tbl><w:tr>" + table_cell("", "cell") + "</w:tr></w:tbl>");
    REQUIRE(before_table.size() == 2);
    CHECK(before_table[0].text == "Första halvan ");
    CHECK(before_table[1].kind == block_kind::table);
    std::string deleted_row = "<w:tbl><w:tr>" + table_cell("", "kvar") + "</w:tr><w:tr><w:trPr><w:del " +
                              std::string(change) + "/></w:trPr>" + table_cell("", "borta") + "</w:tr></w:tbl>";
    std::vector<block> blocks = added_blocks(deleted_row);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].rows.size() == 1);
}

TEST_CASE("docx: fields show their result, not their code") {
    std::string simple = "<w:fldSimple w:instr=\" QUOTE &quot;enkelt&quot; \">" + run("enkelt") + "</w:fldSimple>";
    std::string begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
    std::string separate = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    std::string end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    std::string code = "<w:r><w:instrText xml:space=\"preserve\"> QUOTE \"x\" </w:instrText></w:r>";
    std::string complex = begin + code + separate + run("sammansatt") + end;
    CHECK(only_text(paragraph(run("Fält: ") + simple + run(" och ") + complex + run("."))) ==
          "Fält: enkelt och sammansatt.");
    // A field nested in the code of another shows nothing; one in the result shows its result.
    std::string nested = begin + code + begin + code + separate + run("dolt") + end + separate + run("yttre ") +
                         begin + code + separate + run("inre") + end + end;
    CHECK(only_text(paragraph(nested)) == "yttre inre");
    // A field whose result spans paragraphs, like a table of contents.
    std::vector<block> blocks =
        added_blocks(paragraph(begin + code + separate + run("Post 1")) + paragraph(run("Post 2") + end));
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].text == "Post 1");
    CHECK(blocks[1].text == "Post 2");
}

TEST_CASE("docx: content controls, bookmarks, comments and proofing marks") {
    std::string inline_sdt = "<w:sdt><w:sdtPr><w:alias w:val=\"Namn\"/></w:sdtPr><w:sdtContent>" + run("kontroll") +
                             "</w:sdtContent></w:sdt>";
    std::string marks = "<w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:proofErr w:type=\"spellStart\"/>" + run("Ord") +
                        "<w:commentRangeStart w:id=\"0\"/>" + run("et") + "<w:proofErr w:type=\"spellEnd\"/>" +
                        "<w:bookmarkEnd w:id=\"0\"/><w:commentRangeEnd w:id=\"0\"/>" +
                        "<w:r><w:commentReference w:id=\"0\"/></w:r>";
    CHECK(only_text(paragraph(run("I en ") + inline_sdt + run(": ") + marks)) == "I en kontroll: Ordet");
    std::string block_sdt = "<w:sdt><w:sdtContent>" + paragraph(run("Stycke i kontroll")) + "</w:sdtContent></w:sdt>";
    CHECK(only_text(block_sdt) == "Stycke i kontroll");
    std::string row_sdt = "<w:tbl><w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent>" + table_cell("", "cell") +
                          "</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>";
    std::vector<block> blocks = added_blocks(row_sdt);
    REQUIRE(blocks.size() == 1);
    CHECK(cell_text(blocks[0], 0, 0) == "cell");
}

TEST_CASE("docx: symbols, hyphens, carriage returns and breaks") {
    std::string special = "<w:r><w:t>a</w:t><w:cr/><w:t>b</w:t><w:tab/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t>"
                          "<w:br w:type=\"page\"/><w:t>e</w:t><w:br w:type=\"textWrapping\"/><w:t>f</w:t>"
                          "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:softHyphen/></w:r>";
    CHECK(only_text(paragraph(special)) == "a\nb\tc\u2011de\nf\uF0FC\u00AD");
}

TEST_CASE("docx: gridBefore, gridAfter and hMerge keep the grid rectangular") {
    std::string table = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + table_cell("", "b") +
                        table_cell("", "c") + "</w:tr><w:tr><w:trPr><w:gridAfter w:val=\"2\"/></w:trPr>" +
                        table_cell("", "a") + "</w:tr><w:tr>" + table_cell("<w:hMerge w:val=\"restart\"/>", "bred") +
                        table_cell("<w:hMerge/>", "") + table_cell("", "sist") + "</w:tr></w:tbl>";
    std::vector<block> blocks = added_blocks(table);
    REQUIRE(blocks.size() == 1);
    const block& t = blocks[0];
    REQUIRE(t.rows.size() == 3);
    CHECK(t.column_count() == 3);
    CHECK(cell_text(t, 0, 0).empty());
    CHECK_FALSE(t.rows[0].cells[0].covered);
    CHECK(cell_text(t, 0, 1) == "b");
    CHECK(cell_text(t, 1, 0) == "a");
    CHECK(t.rows[2].cells[0].col_span == 2);
    CHECK(t.rows[2].cells[1].covered);
    CHECK(cell_text(t, 2, 2) == "sist");
}

TEST_CASE("docx: outline levels, list numbering and paragraph shading") {
    std::string outline = "<w:p><w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr>" + run("Nivå fyra") + "</w:p>";
    std::string no_list = "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
                          "</w:pPr>" + run("Ingen punkt") + "</w:p>";
    // List Number's list (numId 5 in python-docx's template) continues after the three steps.
    std::string numbered_heading = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/>"
                                   "<w:numId w:val=\"5\"/></w:numPr></w:pPr>" + run("Numrerad") + "</w:p>";
    std::string shaded = "<w:p><w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFF00\"/></w:pPr>" +
                         run("Skuggad") + "</w:p>";
    std::string run_shaded = paragraph("<w:r><w:rPr><w:shd w:val=\"clear\" w:fill=\"ffff00\"/></w:rPr><w:t>Run</w:t></w:r>");
    std::vector<block> blocks = added_blocks(outline + no_list + numbered_heading + shaded + run_shaded);
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].kind == block_kind::heading);
    CHECK(blocks[0].level == 4);
    CHECK(blocks[1].kind == block_kind::paragraph);
    CHECK(blocks[1].style == "List Bullet");
    CHECK(blocks[2].kind == block_kind::heading);
    CHECK(blocks[2].level == 1);
    CHECK(blocks[2].number == "4.");
    CHECK(blocks[3].yellow);
    CHECK(blocks[4].yellow);
}

TEST_CASE("docx: heading levels follow the basedOn chain and survive a cycle") {
    std::string styles_edit =
        "<w:style w:type=\"paragraph\" w:styleId=\"Egen\"><w:name w:val=\"Egen rubrik\"/>"
        "<w:basedOn w:val=\"Heading2\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Ring1\"><w:name w:val=\"Ring ett\"/><w:basedOn w:val=\"Ring2\"/>"
        "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Ring2\"><w:name w:val=\"Ring två\"/>"
        "<w:basedOn w:val=\"Ring1\"/></w:style>";
    std::string bytes = edited_package(with_body("<w:p><w:pPr><w:pStyle w:val=\"Egen\"/></w:pPr>" + run("Ärvd") +
                                                 "</w:p><w:p><w:pPr><w:pStyle w:val=\"Ring1\"/></w:pPr>" +
                                                 run("Ring") + "</w:p>"),
                                       "word/styles.xml", [&](std::string& text) {
                                           text.insert(text.rfind("</w:styles>"), styles_edit);
                                       });
    document doc = read_docx(bytes);
    const block& inherited = find_text(doc.blocks, "Ärvd");
    CHECK(inherited.kind == block_kind::heading);
    CHECK(inherited.level == 2);
    const block& ring = find_text(doc.blocks, "Ring");
    CHECK(ring.kind == block_kind::paragraph);
    CHECK(ring.style == "Ring ett");
}

TEST_CASE("docx: strict OOXML reads like transitional") {
    std::vector<zip_entry> entries = package_entries(features());
    for (zip_entry& entry : entries) {
        std::string& text = entry.content;
        auto swap = [&](std::string_view from, std::string_view to) {
            for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
                text.replace(at, from.size(), to);
        };
        swap("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main");
        swap("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
             "http://purl.oclc.org/ooxml/officeDocument/relationships");
    }
    CHECK(entry_content(entries, "word/document.xml").find("purl.oclc.org/ooxml/wordprocessingml") != std::string::npos);
    CHECK(dump_document(read_docx(make_zip(entries))) == dump_document(read_docx(features())));
}

TEST_CASE("docx: hostile nesting and table sizes give clean errors") {
    CHECK(error_code_of([] { read_docx(with_body(nested_tables(max_table_depth))); }).empty());
    CHECK(error_code_of([] { read_docx(with_body(nested_tables(max_table_depth + 1))); }) ==
          "document.table_too_deep");
    std::string deep;
    for (int i = 0; i < 300; ++i) deep += "<w:sdt><w:sdtContent>";
    deep += paragraph(run("djup"));
    for (int i = 0; i < 300; ++i) deep += "</w:sdtContent></w:sdt>";
    CHECK(error_code_of([&] { read_docx(with_body(deep)); }) == "document.too_deep");
    std::string wide = "<w:tbl><w:tr>" + table_cell("<w:gridSpan w:val=\"2000000000\"/>", "bred") + "</w:tr></w:tbl>";
    CHECK(error_code_of([&] { read_docx(with_body(wide)); }) == "document.table_too_large");
    std::string rows = "<w:tbl>";
    for (int i = 0; i < 1001; ++i) rows += "<w:tr><w:trPr><w:gridBefore w:val=\"1000\"/></w:trPr></w:tr>";
    rows += "</w:tbl>";
    CHECK(error_code_of([&] { read_docx(with_body(rows)); }) == "document.table_too_large");
    // Tables each within the limits, together past the weight limit.
    std::string full_table = "<w:tbl>";
    for (int i = 0; i < 1000; ++i) full_table += "<w:tr><w:trPr><w:gridBefore w:val=\"1000\"/></w:trPr></w:tr>";
    full_table += "</w:tbl>";
    CHECK(error_code_of([&] { read_docx(with_body(full_table)); }).empty());
    CHECK(error_code_of([&] { read_docx(with_body(full_table + full_table + full_table + full_table + full_table)); }) ==
          "document.too_large");
}

TEST_CASE("docx: read_document dispatches by content and refuses spreadsheets") {
    CHECK(dump_document(read_document(features())) == dump_document(read_docx(features())));
    CHECK(error_code_of([] { read_document(fixture_bytes("uppfoljning/verksamhetsplan-2019.xlsx")); }) ==
          "file.not_text_document");
}

}  // namespace mk::test
