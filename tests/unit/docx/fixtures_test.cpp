// The .docx fixtures made by python-docx, read with the facts their README states.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "tests/unit/docx/document_queries.hpp"

namespace mk::test {
namespace {

document read_fixture(std::string_view path) { return read_docx(fixture_bytes(path)); }

void check_headings(const block_counts& counts, std::size_t h1, std::size_t h2, std::size_t h3) {
    CHECK(counts.headings[1] == h1);
    CHECK(counts.headings[2] == h2);
    CHECK(counts.headings[3] == h3);
    for (std::size_t level = 4; level < counts.headings.size(); ++level) CHECK(counts.headings[level] == 0);
}

using table_sizes = std::vector<std::pair<std::size_t, std::size_t>>;

// The rows × columns of the 24 tables of the SK template, in document order.
const table_sizes sk_template_tables = {
    {20, 4}, {21, 4}, {7, 5}, {4, 5}, {21, 4}, {7, 5}, {4, 7}, {8, 5}, {8, 5}, {7, 5}, {2, 6}, {2, 6},
    {2, 6},  {2, 6},  {2, 6}, {2, 6}, {2, 6},  {2, 6}, {3, 2}, {4, 2}, {6, 2}, {7, 2}, {6, 2}, {6, 2}};

// The filled document: Målanalys tables with 2, 1, 2, 1 goal rows, Planeringsrapport 2, 1, 1, 1.
table_sizes sk_filled_tables() {
    table_sizes sizes = sk_template_tables;
    for (std::size_t table : {11, 13, 15}) sizes[table - 1].first = 3;
    return sizes;
}

void check_sk_structure(const document& doc, const table_sizes& sizes) {
    block_counts counts = count_blocks(doc);
    check_headings(counts, 13, 28, 18);
    CHECK(counts.body_bullets == 34);
    CHECK(counts.cell_bullets == 12);
    CHECK(counts.row_spanning == 1);
    std::vector<const block*> tables = all_tables(doc.blocks);
    REQUIRE(tables.size() == sizes.size());
    for (std::size_t i = 0; i < tables.size(); ++i) {
        INFO("table " << i + 1);
        CHECK(tables[i]->rows.size() == sizes[i].first);
        CHECK(tables[i]->column_count() == sizes[i].second);
    }
    // Table 8: the Normer & värden header cells hold a line break.
    CHECK(cell_text(*tables[7], 0, 2) == "MELLERSTA/\nNORDVÄSTRA");
    // Table 1: "ÅK 3 " and the italic "Flickor" are one text.
    CHECK(cell_text(*tables[0], 0, 2) == "ÅK 3 Flickor");
    // Table 22: the KF goal is merged down over its two nämndmål.
    const block& ska = *tables[21];
    CHECK(ska.rows[1].cells[0].row_span == 2);
    CHECK(ska.rows[2].cells[0].covered);
    CHECK(cell_text(ska, 1, 0) == "En trygg och lyckad skolgång lägger grunden för framtiden");
    CHECK(cell_text(ska, 2, 1) == "Elevernas undervisning leds av legitimerade och behöriga lärare i respektive ämne.");
    // The table of contents is paragraphs, not headings; its heading's style has outline level 9.
    CHECK(find_text(doc.blocks, "Innehållsförteckning F-9").kind == block_kind::paragraph);
    const block& toc_entry = find_text(doc.blocks, "2. ÅK 3 - RESULTATREDOVISNING\t3");
    CHECK(toc_entry.kind == block_kind::paragraph);
    CHECK(toc_entry.style == "TOC 1");
    CHECK(find_text(doc.blocks, "2. RESULTATREDOVISNING ÅK 3").kind == block_kind::heading);
    REQUIRE(doc.page_footers.size() == 1);
    CHECK(doc.page_footers[0] == "Systematiskt kvalitetsarbete – uppföljning 2022-2023 & planering 2023-2024");
    CHECK(doc.page_headers.empty());
}

}  // namespace

TEST_CASE("docx: grundskolenämndens arbetsplan: title, table, headings and activities") {
    document doc = read_fixture("malkedja/grundskolenamnden-arbetsplan.docx");
    block_counts counts = count_blocks(doc);
    check_headings(counts, 2, 6, 0);
    CHECK(counts.body_bullets == 17);
    CHECK(counts.tables == 1);
    CHECK(counts.row_spanning == 0);
    REQUIRE(doc.blocks.size() > 3);
    CHECK(doc.blocks[0].kind == block_kind::paragraph);
    CHECK(doc.blocks[0].style == "Title");
    CHECK(doc.blocks[0].text == "Den röda tråden i kommunens styrkedja");
    CHECK(doc.blocks[1].style == "Subtitle");
    const block& table = doc.blocks[2];
    REQUIRE(table.kind == block_kind::table);
    CHECK(table.rows.size() == 5);
    CHECK(table.column_count() == 3);
    CHECK(cell_text(table, 0, 2) == "Beskrivning");
    CHECK(cell_text(table, 1, 1) == "Vision\nMål och budget");
    CHECK(cell_text(table, 4, 2).empty());
    const block& goal = find_text(doc.blocks, "Eleverna ges en likvärdig skolgång med hög kvalitet");
    CHECK(goal.kind == block_kind::heading);
    CHECK(goal.level == 2);
    const block& activity = find_text(doc.blocks, "Utredning av skolpsykologers organisering");
    CHECK(activity.kind == block_kind::list_item);
    CHECK_FALSE(activity.numbered);
    CHECK(activity.level == 0);
    CHECK(activity.style == "List Bullet");
}

TEST_CASE("docx: Svenljunga's plan: headings, bullets, numbered items, cell bullets, header and footer") {
    document doc = read_fixture("malkedja/svenljunga-plan-2026.docx");
    block_counts counts = count_blocks(doc);
    check_headings(counts, 5, 23, 22);
    CHECK(counts.body_bullets == 58);
    CHECK(counts.numbered_items == 3);
    CHECK(counts.cell_bullets == 12);
    CHECK(counts.tables == 1);
    CHECK(doc.page_headers == std::vector<std::string>{"Barn- och utbildningsnämnden 2025-12-16, § 142"});
    CHECK(doc.page_footers == std::vector<std::string>{
                                  "Svenljunga kommun – Plan för det systematiska kvalitetsarbetet 2026 – "
                                  "barn- och utbildningsnämnden"});
    const block& value = find_text(doc.blocks, "Framtidstro");
    CHECK(value.kind == block_kind::paragraph);
    CHECK(value.bold);
    CHECK(find_text(doc.blocks, "Hälsofrämjande arbetsmiljöarbete").level == 3);
}

TEST_CASE("docx: the SK template: 24 tables, headings, the split placeholder, nothing yellow") {
    document doc = read_fixture("sk/sk-mall-2023-2024.docx");
    check_sk_structure(doc, sk_template_tables);
    REQUIRE(!doc.blocks.empty());
    CHECK(doc.blocks[0].style == "Title");
    CHECK(doc.blocks[0].text == "SKOLANS NAMN");
    CHECK(yellow_texts(doc).empty());
}

TEST_CASE("docx: the filled SK document: same structure, the school's name, five yellow areas in Bilaga 6") {
    document doc = read_fixture("sk/exempelskolan-ifylld-2023.docx");
    check_sk_structure(doc, sk_filled_tables());
    CHECK(doc.blocks[0].text == "Exempelskolan");
    CHECK(yellow_texts(doc) ==
          std::vector<std::string>{
              "Eleverna når kunskapskraven och utvecklas så långt som möjligt. (SKA)",
              "Arbeta för att fler elever ska uppleva att undervisningen gör dem nyfikna så att de vill lära sig mer.",
              "Arbeta för att öka elevernas upplevelse av trygghet & studiero där eleverna också känner sig "
              "delaktiga i arbetet med att ta fram skolans ordningsregler. (SKA)",
              "Arbeta för en budget i balans. (SKA)",
              "Arbeta för att minska den arbetsrelaterade utmattningen. (SKA)"});
    std::vector<const block*> tables = all_tables(doc.blocks);
    CHECK(cell_text(*tables[0], 17, 2) == "104 %");
    CHECK(cell_text(*tables[8], 4, 1) == "120");
}

}  // namespace mk::test
