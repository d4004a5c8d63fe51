#include "tests/unit/docx/document_queries.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include "converters/docx/read.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"

namespace mk::test {
namespace {

void count_into(const std::vector<block>& blocks, bool in_cell, block_counts& out) {
    for (const block& b : blocks) {
        switch (b.kind) {
            case block_kind::heading: ++out.headings[b.level]; break;
            case block_kind::list_item:
                if (b.numbered)
                    ++out.numbered_items;
                else
                    ++(in_cell ? out.cell_bullets : out.body_bullets);
                break;
            case block_kind::table:
                ++out.tables;
                for (const table_row& row : b.rows)
                    for (const table_cell& cell : row.cells) {
                        if (cell.row_span > 1) ++out.row_spanning;
                        count_into(cell.blocks, true, out);
                    }
                break;
            case block_kind::paragraph:
            case block_kind::figure: break;
        }
    }
}

void collect_yellow(const std::vector<block>& blocks, std::vector<std::string>& out) {
    for (const block& b : blocks) {
        if (b.yellow) out.push_back(b.text);
        for (const table_row& row : b.rows)
            for (const table_cell& cell : row.cells) collect_yellow(cell.blocks, out);
    }
}

const block* search(const std::vector<block>& blocks, std::string_view text) {
    for (const block& b : blocks) {
        if (b.kind != block_kind::table && b.text == text) return &b;
        for (const table_row& row : b.rows)
            for (const table_cell& cell : row.cells)
                if (const block* found = search(cell.blocks, text)) return found;
    }
    return nullptr;
}

}  // namespace

block_counts count_blocks(const document& doc) {
    block_counts out;
    count_into(doc.blocks, false, out);
    return out;
}

std::vector<std::string> yellow_texts(const document& doc) {
    std::vector<std::string> out;
    collect_yellow(doc.blocks, out);
    return out;
}

const block& find_text(const std::vector<block>& blocks, std::string_view text) {
    const block* found = search(blocks, text);
    REQUIRE_MESSAGE(found, "no block with the text " << text);
    return *found;
}

std::string cell_text(const block& table, std::size_t row, std::size_t col) {
    REQUIRE(row < table.rows.size());
    REQUIRE(col < table.rows[row].cells.size());
    return plain_text(table.rows[row].cells[col].blocks);
}

document read_as_tree(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    std::string main = main_document_part(package);
    xml_part part = xml_part::parse(package.read(main), main);
    return read_docx_package(package, part.root());
}

std::string edited_package(std::string_view bytes, std::string_view part,
                           const std::function<void(std::string&)>& edit) {
    std::vector<zip_entry> entries = package_entries(bytes);
    edit(entry_content(entries, part));
    return make_zip(entries);
}

}  // namespace mk::test
