#pragma once
// Test helpers: counts and look-ups over a neutral document, and the package edits the reader
// tests make on real documents.
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {

struct block_counts {
    // Headings by level (index 1-9).
    std::array<std::size_t, 10> headings{};
    std::size_t body_bullets = 0;
    std::size_t cell_bullets = 0;
    std::size_t numbered_items = 0;
    std::size_t tables = 0;
    // Cells spanning more than one row (vertically merged groups).
    std::size_t row_spanning = 0;
};

// Counts the blocks of doc, tables and cells included.
block_counts count_blocks(const document& doc);

// The texts of the yellow paragraphs and list items of doc, in order.
std::vector<std::string> yellow_texts(const document& doc);

// The first heading, paragraph or list item of blocks (cells included) whose text is text; fails
// the test when there is none.
const block& find_text(const std::vector<block>& blocks, std::string_view text);

// The texts of the cell at (row, col) of table, one paragraph a line.
std::string cell_text(const block& table, std::size_t row, std::size_t col);

// The .docx of bytes with its main part read whole into one tree (read_docx streams it).
document read_as_tree(std::string_view bytes);

// A document package with the text of one part edited: edit gets the part's text to change.
std::string edited_package(std::string_view bytes, std::string_view part, const std::function<void(std::string&)>& edit);

}  // namespace mk::test
