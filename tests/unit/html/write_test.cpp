// The .html writer: one self-contained page, everything escaped, lists nested, tables with spans.
#include <doctest/doctest.h>

#include "converters/html/write.hpp"

namespace {

mk::table_cell cell(std::string text) {
    mk::table_cell c;
    c.blocks.push_back(mk::text_block(mk::block_kind::paragraph, std::move(text)));
    return c;
}

bool contains(const std::string& html, const std::string& part) { return html.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("html: a self-contained Swedish page with no script and nothing fetched") {
    mk::document doc;
    doc.title = "Rapport <2019>";
    doc.blocks.push_back(mk::text_block(mk::block_kind::heading, "Rubrik", 1));
    std::string html = mk::write_html(doc);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    CHECK(contains(html, "<meta name=\"viewport\""));
    CHECK(contains(html, "<title>Rapport &lt;2019&gt;</title>"));
    CHECK(contains(html, "@media print"));
    CHECK(contains(html, "overflow-x:auto"));
    for (const char* absent : {"<script", "<link", "src=", "href=", "@import", "url("}) CHECK_FALSE(contains(html, absent));
    CHECK(html == mk::write_html(doc));
}

TEST_CASE("html: text is escaped everywhere, line breaks kept, bold and yellow marked") {
    mk::document doc;
    mk::block h = mk::text_block(mk::block_kind::heading, "Mål & <medel>", 2);
    h.number = "1.";
    doc.blocks.push_back(h);
    mk::block p = mk::text_block(mk::block_kind::paragraph, "<script>alert('x')</script>\nrad två");
    p.yellow = true;
    p.bold = true;
    doc.blocks.push_back(p);
    std::string html = mk::write_html(doc);
    CHECK(contains(html, "<h2>1. Mål &amp; &lt;medel&gt;</h2>"));
    CHECK(contains(html, "<p><strong><mark>&lt;script&gt;alert('x')&lt;/script&gt;<br>rad två</mark></strong></p>"));
    CHECK_FALSE(contains(html, "<script"));
}

TEST_CASE("html: lists nest by level and switch between bullets and numbers") {
    mk::document doc;
    auto item = [&](std::string text, std::uint32_t level, bool numbered) {
        mk::block b = mk::text_block(mk::block_kind::list_item, std::move(text), level);
        b.numbered = numbered;
        doc.blocks.push_back(b);
    };
    item("a", 0, false);
    item("a1", 1, true);
    item("a2", 1, true);
    item("b", 0, false);
    item("c", 0, true);
    doc.blocks.push_back(mk::text_block(mk::block_kind::paragraph, "efter"));
    std::string html = mk::write_html(doc);
    CHECK(contains(html, "<ul>\n<li>a<ol>\n<li>a1</li>\n<li>a2</li>\n</ol>\n</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n<p>efter</p>"));
}

TEST_CASE("html: tables with header rows, spans, covered cells skipped and shading as background") {
    mk::block table;
    table.kind = mk::block_kind::table;
    table.header_rows = 1;
    table.rows.push_back({{cell("Mål"), cell("Status")}});
    mk::table_row row;
    row.cells.push_back(cell("Trygghet"));
    row.cells.back().row_span = 2;
    row.cells.push_back(cell("Klart"));
    row.cells.back().shading = "C6EFCE";
    table.rows.push_back(row);
    mk::table_row second;
    second.cells.emplace_back().covered = true;
    second.cells.push_back(cell("x"));
    second.cells.back().shading = "red;background-image:url(x)";
    table.rows.push_back(second);
    mk::table_row wide;
    wide.cells.push_back(cell("Totalt"));
    wide.cells.back().col_span = 2;
    wide.cells.emplace_back().covered = true;
    table.rows.push_back(wide);
    mk::document doc;
    doc.blocks.push_back(table);
    std::string html = mk::write_html(doc);
    CHECK(contains(html, "<thead>\n<tr><th scope=\"col\">Mål</th><th scope=\"col\">Status</th></tr>\n</thead>\n<tbody>"));
    CHECK(contains(html, "<tr><td rowspan=\"2\">Trygghet</td><td style=\"background-color:#C6EFCE\">Klart</td></tr>"));
    CHECK(contains(html, "<tr><td>x</td></tr>"));
    CHECK(contains(html, "<tr><td colspan=\"2\">Totalt</td></tr>"));
    CHECK(contains(html, "<div class=\"table-wrap\">"));
}

TEST_CASE("html: a figure shows its SVG with the caption under it") {
    mk::block figure = mk::text_block(mk::block_kind::figure, "Figur & text");
    figure.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"><title>t</title></svg>\n";
    mk::document doc;
    doc.blocks.push_back(figure);
    std::string html = mk::write_html(doc);
    CHECK(contains(html, "<figure>\n<div class=\"figure-scroll\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(contains(html, "<figcaption>Figur &amp; text</figcaption>"));
}
