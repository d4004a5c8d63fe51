#include "converters/docx/write_blocks.hpp"

#include <string>

#include "converters/docx/write_elements.hpp"
#include "src/container/document_layout.hpp"
#include "src/container/inline_text.hpp"

namespace mk::docx {
namespace {

// Word's default left and right cell margins together, in twips.
constexpr std::size_t cell_margins = 216;
// The narrowest column the writer makes, in twips.
constexpr std::size_t min_column_width = 240;

const table_cell empty_cell;

void write_table_properties(xml_writer& out) {
    out.start("w:tblPr");
    write_value_element(out, "w:tblStyle", "TableGrid");
    out.start("w:tblW");
    out.attribute("w:w", "5000");
    out.attribute("w:type", "pct");
    out.end();
    out.start("w:tblBorders");
    for (std::string_view side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        out.start(side);
        out.attribute("w:val", "single");
        out.attribute("w:sz", "4");
        out.attribute("w:space", "0");
        out.attribute("w:color", "auto");
        out.end();
    }
    out.end();
    out.start("w:tblLayout");
    out.attribute("w:type", "fixed");
    out.end();
    out.start("w:tblLook");
    out.attribute("w:val", "04A0");
    out.attribute("w:firstRow", "1");
    out.attribute("w:lastRow", "0");
    out.attribute("w:firstColumn", "1");
    out.attribute("w:lastColumn", "0");
    out.attribute("w:noHBand", "0");
    out.attribute("w:noVBand", "1");
    out.end();
    out.end();
}

void write_table_grid(xml_writer& out, std::size_t columns, std::size_t column_width) {
    out.start("w:tblGrid");
    for (std::size_t c = 0; c < columns; ++c) {
        out.start("w:gridCol");
        out.attribute("w:w", std::to_string(column_width));
        out.end();
    }
    out.end();
}

void write_header_row_properties(xml_writer& out) {
    out.start("w:trPr");
    write_empty_element(out, "w:tblHeader");
    out.end();
}

}  // namespace

block_writer::block_writer(xml_writer& out, const style_ids& styles) : out_(out), styles_(styles) {}

void block_writer::write_blocks(const std::vector<block>& blocks, std::size_t width) {
    std::size_t outer_list = numbered_list_;
    numbered_list_ = 0;
    for (const block& b : blocks) {
        if (b.kind != block_kind::list_item) numbered_list_ = 0;
        if (b.kind == block_kind::table) {
            write_table(b, width);
            continue;
        }
        if (b.kind == block_kind::list_item && b.numbered && numbered_list_ == 0)
            numbered_list_ = bullet_list_id + ++numbered_lists_;
        write_paragraph(b, styles_.id_of(paragraph_style_of(b)));
    }
    numbered_list_ = outer_list;
}

void block_writer::write_paragraph(const block& b, std::string_view style) {
    out_.start("w:p");
    out_.start("w:pPr");
    write_value_element(out_, "w:pStyle", style);
    if (b.kind == block_kind::list_item) {
        out_.start("w:numPr");
        write_value_element(out_, "w:ilvl", std::to_string(list_level_of(b)));
        write_value_element(out_, "w:numId", std::to_string(b.numbered ? numbered_list_ : bullet_list_id));
        out_.end();
    }
    // A paragraph in a heading style stays body text.
    if (b.kind != block_kind::heading && style.size() == 8 && style.starts_with("Heading"))
        write_value_element(out_, "w:outlineLvl", "9");
    out_.end();
    write_runs(shown_text_of(b), b.bold, b.yellow);
    out_.end();
}

void block_writer::write_runs(std::string_view text, bool bold, bool yellow) {
    if (text.empty()) return;
    out_.start("w:r");
    if (bold || yellow) {
        out_.start("w:rPr");
        if (bold) write_empty_element(out_, "w:b");
        if (yellow) write_value_element(out_, "w:highlight", "yellow");
        out_.end();
    }
    for (const inline_piece& piece : split_inline(text)) {
        switch (piece.kind) {
            case inline_kind::text:
                out_.start("w:t");
                out_.attribute("xml:space", "preserve");
                out_.text_content(piece.text);
                break;
            case inline_kind::tab: write_empty_element(out_, "w:tab"); break;
            case inline_kind::line_break: write_empty_element(out_, "w:br"); break;
        }
    }
    out_.end();
}

void block_writer::write_table(const block& table, std::size_t width) {
    std::size_t columns = table.column_count();
    if (table.rows.empty() || columns == 0) return;
    std::size_t column_width = std::max(width / columns, min_column_width);
    std::vector<std::vector<grid_place>> layout = table_layout(table);
    out_.start("w:tbl");
    write_table_properties(out_);
    write_table_grid(out_, columns, column_width);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out_.start("w:tr");
        if (r < table.header_rows) write_header_row_properties(out_);
        for (std::size_t c = 0; c < columns;) {
            const grid_place& place = layout[r][c];
            const std::vector<table_cell>& cells = table.rows[r].cells;
            if (!place.covered) {
                const table_cell& cell = c < cells.size() ? cells[c] : empty_cell;
                write_cell(cell, place.col_span * column_width, place.col_span, place.row_span > 1 ? "restart" : "",
                           cell.shading);
                c += place.col_span;
            } else if (place.owned && place.owner_row < r && place.owner_col == c) {
                const grid_place& owner = layout[place.owner_row][c];
                write_cell(empty_cell, owner.col_span * column_width, owner.col_span, "continue",
                           table.rows[place.owner_row].cells[c].shading);
                c += owner.col_span;
            } else {
                write_cell(empty_cell, column_width, 1, "", "");
                ++c;
            }
        }
        out_.end();
    }
    out_.end();
}

void block_writer::write_cell(const table_cell& cell, std::size_t width, std::uint32_t col_span,
                              std::string_view merge, std::string_view shading) {
    out_.start("w:tc");
    out_.start("w:tcPr");
    out_.start("w:tcW");
    out_.attribute("w:w", std::to_string(width));
    out_.attribute("w:type", "dxa");
    out_.end();
    if (col_span > 1) write_value_element(out_, "w:gridSpan", std::to_string(col_span));
    if (!merge.empty()) write_value_element(out_, "w:vMerge", merge);
    if (is_rgb_colour(shading)) {
        out_.start("w:shd");
        out_.attribute("w:val", "clear");
        out_.attribute("w:color", "auto");
        out_.attribute("w:fill", shading);
        out_.end();
    }
    out_.end();
    write_blocks(cell.blocks, width > cell_margins + min_column_width ? width - cell_margins : min_column_width);
    // A cell ends with a paragraph.
    if (cell.blocks.empty() || cell.blocks.back().kind == block_kind::table) write_empty_element(out_, "w:p");
    out_.end();
}

}  // namespace mk::docx
