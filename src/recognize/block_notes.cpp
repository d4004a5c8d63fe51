#include "src/recognize/block_notes.hpp"

#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

void for_each_note_in(const std::vector<block>& blocks, const std::function<void(const block_note&)>& each) {
    for (const block& b : blocks) {
        for (const block_note& note : b.notes) each(note);
        for (const table_row& row : b.rows)
            for (const table_cell& cell : row.cells) for_each_note_in(cell.blocks, each);
    }
}

}  // namespace

std::string labelled_note(const block_note& note) {
    switch (note.kind) {
        case note_kind::footnote: return "Fotnot: " + note.text;
        case note_kind::endnote: return "Slutnot: " + note.text;
        case note_kind::comment: return "Kommentar: " + note.text;
        case note_kind::text_box: return "Textruta: " + note.text;
        case note_kind::chart: return "Diagram: " + note.text;
        case note_kind::picture: return "Bild: " + note.text;
        case note_kind::embedded_object: return "Inbäddat objekt: " + note.text;
    }
    return note.text;
}

std::string labelled_page_text(bool header, std::string_view text) {
    return (header ? "Sidhuvud: " : "Sidfot: ") + text::squeeze_spaces_keep_lines(text);
}

void for_each_cell_note(const block& table,
                        const std::function<void(std::size_t row, std::size_t column, const block_note&)>& each) {
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c)
            for_each_note_in(table.rows[r].cells[c].blocks, [&](const block_note& note) { each(r, c, note); });
}

}  // namespace mk::recognize
