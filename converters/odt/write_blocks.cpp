#include "converters/odt/write_blocks.hpp"

#include <cctype>

#include "converters/odt/write_style_names.hpp"
#include "src/container/document_layout.hpp"
#include "src/container/inline_text.hpp"

namespace mk::odt {
namespace {

std::string upper_case(std::string_view text) {
    std::string out;
    for (char c : text) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool is_list_item(const block& b) { return b.kind == block_kind::list_item; }

void collect_shadings(const std::vector<block>& blocks, std::vector<std::string>& out) {
    for (const block& b : blocks)
        for (const table_row& row : b.rows)
            for (const table_cell& cell : row.cells) {
                if (is_rgb_colour(cell.shading)) add_distinct(out, upper_case(cell.shading));
                collect_shadings(cell.blocks, out);
            }
}

// Writes a run of count spaces; literal: whether a plain space is kept as written there.
void write_spaces(xml_writer& out, std::size_t count, bool literal) {
    if (count == 1 && literal) {
        out.text(" ");
        return;
    }
    out.start("text:s");
    if (count > 1) out.attribute("text:c", std::to_string(count));
    out.end();
}

void write_empty(xml_writer& out, std::string_view name) {
    out.start(name);
    out.end();
}

}  // namespace

std::vector<std::string> cell_shadings(const document& doc) {
    std::vector<std::string> out;
    collect_shadings(doc.blocks, out);
    return out;
}

block_writer::block_writer(xml_writer& out) : out_(out) {}

void block_writer::write_blocks(const std::vector<block>& blocks) {
    for (std::size_t i = 0; i < blocks.size();) {
        const block& b = blocks[i];
        if (is_list_item(b)) {
            i = write_list(blocks, i, 0);
            continue;
        }
        if (b.kind == block_kind::table)
            write_table(b);
        else
            write_paragraph(b);
        ++i;
    }
}

std::size_t block_writer::write_list(const std::vector<block>& blocks, std::size_t at, std::uint32_t level) {
    bool numbered = blocks[at].numbered;
    out_.start("text:list");
    out_.attribute("text:style-name", numbered ? number_list_style : bullet_list_style);
    while (at < blocks.size() && is_list_item(blocks[at]) && list_level_of(blocks[at]) >= level) {
        const block& item = blocks[at];
        // An item of the other kind at this level starts a list of its own.
        if (list_level_of(item) == level && item.numbered != numbered) break;
        out_.start("text:list-item");
        if (list_level_of(item) == level) {
            write_paragraph(item);
            ++at;
        }
        while (at < blocks.size() && is_list_item(blocks[at]) && list_level_of(blocks[at]) > level)
            at = write_list(blocks, at, level + 1);
        out_.end();
    }
    out_.end();
    return at;
}

void block_writer::start_paragraph(std::string_view style) {
    out_.start("text:p");
    out_.attribute("text:style-name", paragraph_style_name(style));
    out_.text("");
}

void block_writer::write_paragraph(const block& b) {
    std::string style = paragraph_style_of(b);
    if (b.kind == block_kind::heading) {
        out_.start("text:h");
        out_.attribute("text:style-name", paragraph_style_name(style));
        out_.attribute("text:outline-level", std::to_string(heading_level_of(b)));
        out_.text("");
    } else {
        start_paragraph(style);
    }
    std::string text = shown_text_of(b);
    bool spanned = (b.bold || b.yellow) && !text.empty();
    if (spanned) {
        out_.start("text:span");
        out_.attribute("text:style-name", span_style_name(b.bold, b.yellow));
    }
    write_text(text);
    if (spanned) out_.end();
    out_.end();
}

void block_writer::write_text(std::string_view text) {
    bool at_start = true;
    for (const inline_piece& piece : split_inline(text)) {
        if (piece.kind != inline_kind::text) {
            write_empty(out_, piece.kind == inline_kind::tab ? "text:tab" : "text:line-break");
            at_start = false;
            continue;
        }
        std::string_view rest = piece.text;
        while (!rest.empty()) {
            std::size_t spaces = rest.find_first_not_of(' ');
            if (spaces == 0) {
                std::size_t end = rest.find(' ');
                out_.text(rest.substr(0, end));
                rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
            } else {
                std::size_t count = spaces == std::string_view::npos ? rest.size() : spaces;
                write_spaces(out_, count, !at_start && count < rest.size());
                rest.remove_prefix(count);
            }
            at_start = false;
        }
    }
}

void block_writer::write_table(const block& table) {
    std::size_t columns = table.column_count();
    if (table.rows.empty() || columns == 0) return;
    std::vector<std::vector<grid_place>> layout = table_layout(table);
    out_.start("table:table");
    out_.attribute("table:name", "Tabell" + std::to_string(++tables_));
    out_.attribute("table:style-name", "Table");
    out_.start("table:table-column");
    out_.attribute("table:style-name", "Column");
    if (columns > 1) out_.attribute("table:number-columns-repeated", std::to_string(columns));
    out_.end();
    std::size_t header_rows = std::min<std::size_t>(table.header_rows, table.rows.size());
    if (header_rows > 0) out_.start("table:table-header-rows");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out_.start("table:table-row");
        const std::vector<table_cell>& cells = table.rows[r].cells;
        for (std::size_t c = 0; c < columns; ++c) {
            const grid_place& place = layout[r][c];
            if (place.covered) {
                write_empty(out_, "table:covered-table-cell");
                continue;
            }
            const table_cell* cell = c < cells.size() ? &cells[c] : nullptr;
            out_.start("table:table-cell");
            out_.attribute("table:style-name",
                           cell_style_name(cell && is_rgb_colour(cell->shading) ? upper_case(cell->shading) : ""));
            if (place.col_span > 1) out_.attribute("table:number-columns-spanned", std::to_string(place.col_span));
            if (place.row_span > 1) out_.attribute("table:number-rows-spanned", std::to_string(place.row_span));
            if (cell) write_blocks(cell->blocks);
            out_.end();
        }
        out_.end();
        if (r + 1 == header_rows) out_.end();
    }
    out_.end();
}

}  // namespace mk::odt
