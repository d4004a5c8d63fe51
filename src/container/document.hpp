#pragma once
// The neutral document container: what every text-document reader produces and every writer consumes.
//
// A document is a sequence of blocks in reading order. Tables hold rows of cells on a full grid:
// every row has one cell per grid column, so a place is addressed by (table, row, column), all
// 0-based here. A cell spanning several columns or rows sits at its top-left position; the positions
// it covers hold cells marked `covered`, with no blocks.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mk {

// figure: a drawing as SVG markup, written by the writers that can show it (.html); the others
// write its text (the caption) as a paragraph. Readers do not produce figures.
enum class block_kind : std::uint8_t { heading, paragraph, list_item, table, figure };

struct block;

// What a paragraph carries outside its running text.
enum class note_kind : std::uint8_t { footnote, endnote, comment, text_box, chart, picture, embedded_object };

// A footnote, endnote or comment anchored in a paragraph, or a text box drawn from it: its
// paragraphs' texts one a line (notes inside it included); or a chart drawn from it: its data
// (chart_text); or a picture: its description (alt text), else its title, else its name; or an
// embedded object other than a chart (a workbook, a formula): its kind (embedded_kind_text), else
// what names it.
struct block_note {
    note_kind kind = note_kind::footnote;
    std::string text;
};

// Whether a note of kind is a picture or an embedded object: named, not read.
inline bool is_picture(note_kind kind) { return kind == note_kind::picture || kind == note_kind::embedded_object; }

struct table_cell {
    // The cell's content; empty for covered positions.
    std::vector<block> blocks;
    std::uint32_t col_span = 1;
    std::uint32_t row_span = 1;
    // Whether this position is covered by a spanning cell above or to the left.
    bool covered = false;
    // Writers: background shading as RRGGBB ("C6EFCE"); empty for none. Readers leave it empty.
    std::string shading;
};

struct table_row {
    // One cell per grid column.
    std::vector<table_cell> cells;
};

struct block {
    block_kind kind = block_kind::paragraph;
    // heading, paragraph, list_item: the text, runs joined, line breaks as '\n', tabs as '\t'.
    std::string text;
    // heading, paragraph, list_item: the display name of the paragraph style ("List Bullet",
    // "Title"); empty when the paragraph names none.
    std::string style;
    // heading: 1 to 9; list_item: 0-based nesting level.
    std::uint32_t level = 0;
    // heading: its number as displayed ("2.1."), empty when unnumbered.
    std::string number;
    // list_item: numbered (true) or bulleted (false).
    bool numbered = false;
    // Whether any of the text is highlighted or shaded yellow.
    bool yellow = false;
    // Whether all of the (non-blank) text is bold.
    bool bold = false;
    // heading, paragraph, list_item: how many bytes of the text its leading bold words take (a bold
    // label before plain text, "Skolans svar: Vi ser …"); the whole text when bold, 0 when it starts
    // plain. Readers set it; writers write a block bold or not by bold alone.
    std::size_t bold_lead = 0;
    // heading, paragraph, list_item: the notes and text boxes anchored in it, in reading order.
    // Readers set them; writers do not write them (what malkedja writes has none).
    std::vector<block_note> notes;
    // table: the rows, each with the same number of cells.
    std::vector<table_row> rows;
    // table: how many leading rows repeat as header rows.
    std::uint32_t header_rows = 0;
    // figure: the SVG markup (an <svg> element in the SVG namespace); text holds its caption.
    std::string svg;

    // table: the number of grid columns (0 for an empty table).
    std::size_t column_count() const { return rows.empty() ? 0 : rows.front().cells.size(); }
};

struct document {
    // Writers: the title written into the document properties.
    std::string title;
    // The body in reading order.
    std::vector<block> blocks;
    // The distinct non-empty texts of page headers and footers, in the order first met.
    std::vector<std::string> page_headers;
    std::vector<std::string> page_footers;
};

// Where a reader that streams hands each top-level block of a document's body, in reading order.
using block_sink = std::function<void(block&&)>;

// A heading, paragraph or list item block with this text (and heading or list level).
block text_block(block_kind kind, std::string text, std::uint32_t level = 0);

// Pads every row of a table block to the widest row with empty cells, so the grid is rectangular.
void square_table(block& table);

// The tables of blocks in reading order, nested ones right after the cell that holds them.
std::vector<const block*> all_tables(const std::vector<block>& blocks);

// The non-empty texts of the paragraphs in blocks (tables included, cell by cell), one a line.
std::string plain_text(const std::vector<block>& blocks);

// plain_text with the text of each paragraph's notes on lines after it: what a story holds.
std::string text_with_notes(const std::vector<block>& blocks);

// The text of a note or text box whose content is blocks: text_with_notes, each line's white space
// collapsed and trimmed (a footnote's text starts after its mark).
std::string note_text(const std::vector<block>& blocks);

// The text of a table cell: the non-empty texts of its paragraphs, one a line, each line's white
// space collapsed and trimmed.
std::string cell_text(const table_cell& cell);

// Adds text to list unless it is empty or already there.
void add_distinct(std::vector<std::string>& list, std::string text);

}  // namespace mk
