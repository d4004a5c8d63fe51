#pragma once
// A fill plan: what to change in a template document, format-neutral. Every place is found by the
// text a reader sees (headings, table headers, paragraph texts), never by an index, and texts are
// compared after folding case and dropping white space (see converters/package/fill_text.hpp).
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mk {

// Rows a table's header row may have above it: titles across the table ("Mål inom Lärande – fylls
// i av rektor"). The SK template's goal tables are found and read with them by sk generate and
// sk collect alike.
inline constexpr std::size_t table_title_rows = 2;

// A table: each of headings is contained in one of the headings it stands under, and its header
// row, the first of its first table_title_rows + 1 rows that contains header, is the row below its
// titles.
struct table_ref {
    std::vector<std::string> headings;
    std::string header;
};

// One cell to set: the row whose first cell is row, the column whose header-row cell is column
// (or, when none is, the first whose header-row cell contains column). With under set, only the
// first such row at or after the first row whose first cell starts with under counts, and an
// empty row names that row itself ("Flicka" under "Minst E" of a table with two "Flicka" rows).
struct cell_fill {
    table_ref table;
    std::string row;
    std::string column;
    // Line breaks ('\n') become paragraphs.
    std::string text;
    std::string under = {};
};

// Rows added after the header row of a table (empty rows there are dropped). A row's texts[i] goes
// to each column whose header-row cell contains columns[i] and none of the columns before it; a
// column that contains none stays empty.
struct row_fill {
    table_ref table;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// A goal (first column, merged down over its rows) with the goals under it (second column).
struct merged_group {
    std::string top;
    std::vector<std::string> below;
};

// A two-column table whose rows after the header row are replaced by the groups. A table whose
// first row does not contain header has no header row: all its rows are replaced, and the header
// row of the table header_from names (when there is one) is copied above them.
struct merged_table_fill {
    table_ref table;
    std::vector<merged_group> groups;
    std::string header = {};
    std::optional<table_ref> header_from = {};
};

// Paragraphs under the headings: those whose text is one of texts are highlighted yellow, the
// others lose a yellow highlight.
struct highlight_fill {
    std::vector<std::string> headings;
    std::vector<std::string> texts;
};

struct fill_plan {
    // The template is a document filled before (`sk generate --update`): a cell is refreshed only
    // while it is empty or still holds what malkedja pre-filled in it (by the memory the document
    // keeps); a cell a person changed keeps the person's text.
    bool update = false;
    // Texts replaced everywhere (body, headers, footers), even when split over runs; all at once,
    // so that a replacement's result is never replaced again.
    std::vector<std::pair<std::string, std::string>> replacements;
    // Sections removed: a heading containing every text of one entry, with everything up to the
    // next heading of the same or a higher level; table-of-contents entries containing them too.
    std::vector<std::vector<std::string>> removed_sections;
    // Ask the office program to update fields (the table of contents) when it opens the file: Word
    // does for a TOC field. A static table of contents (and LibreOffice's, which it does not update
    // on opening) loses the page numbers after the first removed entry instead.
    bool update_fields = false;
    std::vector<cell_fill> cells;
    std::vector<row_fill> rows;
    std::vector<merged_table_fill> merged_tables;
    std::vector<highlight_fill> highlights;
};

// A cell where a refilled document keeps a person's text, which differs from the value malkedja
// pre-fills there now.
struct kept_text {
    // The cell as the plan names it (its text the value pre-filled now).
    cell_fill slot;
    // The text the document holds and keeps.
    std::string kept;
};

// A filled document: its bytes, and the cells where it kept a person's text over a different
// pre-filled value.
struct filled_document {
    std::string bytes;
    std::vector<kept_text> kept;
};

}  // namespace mk
