// The dump format, one block a line, two spaces of indent per nesting level:
//
//   heading LEVEL [number="N"] "TEXT"           level 1-9; the number as displayed, if any
//   paragraph [STYLE] [yellow] [bold] "TEXT"
//   list bullet|number LEVEL [STYLE] [yellow] [bold] "TEXT"     level 0-based
//     footnote|endnote|comment|textbox "TEXT"   after a paragraph: the notes anchored in it
//   table ROWSxCOLUMNS [header=N]               N leading header rows, if any
//     row R                                      1-based
//       cell C colspan=S rowspan=T               1-based grid column; its blocks follow, indented
//       cell C covered                           a position covered by a spanning cell
//   header "TEXT"                                after the body: page header and footer texts
//   footer "TEXT"
//
// Strings are in double quotes with \n, \t, \r, \\ and \" escaped. STYLE is in square brackets.
#include "src/container/document_dump.hpp"

#include "src/container/dump_text.hpp"

namespace mk {
namespace {

std::string quoted(std::string_view text) { return "\"" + dump_escaped(text, true) + "\""; }

std::string paragraph_marks(const block& b) {
    std::string out;
    if (!b.style.empty()) out += " [" + b.style + "]";
    if (b.yellow) out += " yellow";
    if (b.bold) out += " bold";
    return out;
}

void dump_blocks(const std::vector<block>& blocks, const std::string& indent, std::string& out);

std::string_view note_name(note_kind kind) {
    switch (kind) {
        case note_kind::footnote: return "footnote";
        case note_kind::endnote: return "endnote";
        case note_kind::comment: return "comment";
        case note_kind::text_box: return "textbox";
        case note_kind::chart: return "chart";
        case note_kind::picture: return "picture";
        case note_kind::embedded_object: return "object";
    }
    return "note";
}

void dump_block(const block& b, const std::string& indent, std::string& out) {
    out += indent;
    switch (b.kind) {
        case block_kind::heading:
            out += "heading " + std::to_string(b.level);
            if (!b.number.empty()) out += " number=" + quoted(b.number);
            out += " " + quoted(b.text) + "\n";
            break;
        case block_kind::paragraph: out += "paragraph" + paragraph_marks(b) + " " + quoted(b.text) + "\n"; break;
        case block_kind::list_item:
            out += std::string("list ") + (b.numbered ? "number " : "bullet ") + std::to_string(b.level) +
                   paragraph_marks(b) + " " + quoted(b.text) + "\n";
            break;
        case block_kind::figure: out += "figure " + quoted(b.text) + "\n"; break;
        case block_kind::table:
            out += "table " + std::to_string(b.rows.size()) + "x" + std::to_string(b.column_count());
            if (b.header_rows > 0) out += " header=" + std::to_string(b.header_rows);
            out += "\n";
            for (std::size_t r = 0; r < b.rows.size(); ++r) {
                out += indent + "  row " + std::to_string(r + 1) + "\n";
                const std::vector<table_cell>& cells = b.rows[r].cells;
                for (std::size_t c = 0; c < cells.size(); ++c) {
                    out += indent + "    cell " + std::to_string(c + 1);
                    if (cells[c].covered) {
                        out += " covered\n";
                        continue;
                    }
                    out += " colspan=" + std::to_string(cells[c].col_span) +
                           " rowspan=" + std::to_string(cells[c].row_span) + "\n";
                    dump_blocks(cells[c].blocks, indent + "      ", out);
                }
            }
            break;
    }
    for (const block_note& note : b.notes)
        out += indent + "  " + std::string(note_name(note.kind)) + " " + quoted(note.text) + "\n";
}

void dump_blocks(const std::vector<block>& blocks, const std::string& indent, std::string& out) {
    for (const block& b : blocks) dump_block(b, indent, out);
}

}  // namespace

void dump_block(const block& b, std::string& out) { dump_block(b, "", out); }

void dump_page_texts(const document& doc, std::string& out) {
    for (const std::string& text : doc.page_headers) out += "header " + quoted(text) + "\n";
    for (const std::string& text : doc.page_footers) out += "footer " + quoted(text) + "\n";
}

std::string dump_document(const document& doc) {
    std::string out;
    dump_blocks(doc.blocks, "", out);
    dump_page_texts(doc, out);
    return out;
}

}  // namespace mk
