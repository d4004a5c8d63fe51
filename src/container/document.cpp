#include "src/container/document.hpp"

#include <algorithm>

#include "src/text/fold.hpp"

namespace mk {
namespace {

void collect_tables(const std::vector<block>& blocks, std::vector<const block*>& out) {
    for (const block& b : blocks) {
        if (b.kind != block_kind::table) continue;
        out.push_back(&b);
        for (const table_row& row : b.rows)
            for (const table_cell& cell : row.cells) collect_tables(cell.blocks, out);
    }
}

void append_line(std::string& out, const std::string& line) {
    if (line.empty()) return;
    if (!out.empty()) out += '\n';
    out += line;
}

void append_plain_text(const std::vector<block>& blocks, bool with_notes, std::string& out) {
    for (const block& b : blocks) {
        if (b.kind == block_kind::table) {
            for (const table_row& row : b.rows)
                for (const table_cell& cell : row.cells) append_plain_text(cell.blocks, with_notes, out);
            continue;
        }
        append_line(out, b.text);
        if (with_notes)
            for (const block_note& note : b.notes) append_line(out, note.text);
    }
}

}  // namespace

block text_block(block_kind kind, std::string text, std::uint32_t level) {
    block b;
    b.kind = kind;
    b.text = std::move(text);
    b.level = level;
    return b;
}

void square_table(block& table) {
    std::size_t width = 0;
    for (const table_row& row : table.rows) width = std::max(width, row.cells.size());
    for (table_row& row : table.rows) row.cells.resize(width);
}

std::vector<const block*> all_tables(const std::vector<block>& blocks) {
    std::vector<const block*> out;
    collect_tables(blocks, out);
    return out;
}

std::string plain_text(const std::vector<block>& blocks) {
    std::string out;
    append_plain_text(blocks, false, out);
    return out;
}

std::string text_with_notes(const std::vector<block>& blocks) {
    std::string out;
    append_plain_text(blocks, true, out);
    return out;
}

std::string note_text(const std::vector<block>& blocks) {
    return text::squeeze_spaces_keep_lines(text_with_notes(blocks));
}

std::string cell_text(const table_cell& cell) {
    return text::squeeze_spaces_keep_lines(plain_text(cell.blocks));
}

void add_distinct(std::vector<std::string>& list, std::string text) {
    if (text.empty() || std::find(list.begin(), list.end(), text) != list.end()) return;
    list.push_back(std::move(text));
}

}  // namespace mk
