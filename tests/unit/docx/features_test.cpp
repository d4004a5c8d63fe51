// features.docx of tests/data/docx (made by python-docx, see make.py there): run joining,
// highlights, breaks, lists, merged cells, a nested table, header and footer.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "tests/unit/docx/document_queries.hpp"

namespace mk::test {

TEST_CASE("docx features: runs, highlights, breaks and lists") {
    document doc = read_docx(source_bytes("tests/data/docx/features.docx"));
    CHECK(doc.blocks[0].style == "Title");
    CHECK(doc.blocks[0].kind == block_kind::paragraph);
    const block& name = find_text(doc.blocks, "SKOLANS NAMN");
    CHECK(name.bold);
    CHECK_FALSE(name.yellow);
    const block& marked = find_text(doc.blocks, "Vanlig text och gulmarkerad text.");
    CHECK(marked.yellow);
    CHECK_FALSE(marked.bold);
    CHECK(find_text(doc.blocks, "Rad ett\nrad två\tefter tabb").kind == block_kind::paragraph);
    // The page break's paragraph is empty: a page break is no text.
    CHECK(doc.blocks[6].kind == block_kind::paragraph);
    CHECK(doc.blocks[6].text.empty());
    const block& bullet = find_text(doc.blocks, "Punkt två");
    CHECK(bullet.kind == block_kind::list_item);
    CHECK_FALSE(bullet.numbered);
    const block& step = find_text(doc.blocks, "Steg tre");
    CHECK(step.kind == block_kind::list_item);
    CHECK(step.numbered);
    CHECK(step.style == "List Number");
    CHECK(find_text(doc.blocks, "Rubrik tre").level == 3);
    CHECK(doc.page_headers == std::vector<std::string>{"Sidhuvud för funktioner"});
    CHECK(doc.page_footers == std::vector<std::string>{"Sidfot för funktioner"});
}

TEST_CASE("docx features: gridSpan and vMerge become spans on a full grid, nested tables stay in their cell") {
    document doc = read_docx(source_bytes("tests/data/docx/features.docx"));
    std::vector<const block*> tables = all_tables(doc.blocks);
    REQUIRE(tables.size() == 2);
    const block& table = *tables[0];
    REQUIRE(table.rows.size() == 4);
    REQUIRE(table.column_count() == 3);
    const table_row& second = table.rows[1];
    CHECK(second.cells[0].col_span == 2);
    CHECK(second.cells[1].covered);
    CHECK(second.cells[2].row_span == 3);
    CHECK(cell_text(table, 1, 2) == "Tre rader");
    CHECK(table.rows[2].cells[2].covered);
    CHECK(table.rows[3].cells[2].covered);
    CHECK(table.rows[3].cells[2].blocks.empty());
    CHECK(cell_text(table, 3, 1) == "raden");
    const std::vector<block>& holder = table.rows[2].cells[1].blocks;
    REQUIRE(holder.size() == 3);
    const block& nested = holder[1];
    REQUIRE(nested.kind == block_kind::table);
    CHECK(&nested == tables[1]);
    CHECK(cell_text(nested, 1, 0) == "Inre 2.1");
}

}  // namespace mk::test
