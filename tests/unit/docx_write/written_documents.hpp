#pragma once
// Test helpers for the .docx and .odt writers: the documents written, and what the readers must
// give back for them.
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"

namespace mk::test {

enum class written_format { docx, odt };

// A document with every block kind and the hard cases: spans both ways (and both at once), header
// rows, a nested table, shading, yellow, bold, heading numbers, list levels and kinds, special
// characters (& < control characters, emoji, åäö, tabs, line breaks, runs of spaces), headers and footers.
document synthetic_document();

// What reading back a document written in format gives, as the writers document it:
// - a heading's number is written before its text, so it reads back as part of the text;
// - a paragraph or list item without a style gets its kind's default ("Normal", "List Bullet",
//   "List Number"); a figure is a paragraph of its caption in style "Caption";
// - heading levels are kept within 1-9 and list levels within 0-8;
// - CR and CR LF are line breaks; control characters XML cannot carry read back as U+FFFD;
// - bold and yellow need words (text that is not only spaces, tabs and line breaks); a paragraph
//   or list item in a heading style stays one, and is bold as the heading styles are;
// - a table with no rows or columns is left out; spans are clipped to the grid; cell shading is
//   not read back; header rows are at most the rows;
// - .docx: a cell that is empty or ends with a table gets an empty paragraph (Word needs one);
// - page headers read back as one text of their lines; page footers likewise, with the page
//   number line ("Sida 1") last.
document as_read_back(const document& doc, written_format format);

// The documents of the fixtures and of tests/data/docx that every writer test reads and writes.
std::vector<std::string> source_documents();

// The document at path (.docx or .odt) as our readers give it.
document read_source_document(const std::string& path);

using document_writer = std::string (*)(const document&);
using document_reader = document (*)(std::string_view);

// Checks that every source document and the synthetic one, written with write in format and read
// back with read, give the blocks as_read_back says.
void check_round_trips(document_writer write, document_reader read, written_format format);

// When the environment names a folder in MK_INTEROP_OUT, writes there the synthetic document and
// every source document with write as NAME.EXTENSION (extension "docx" or "odt"), each with
// NAME.EXTENSION.headings (heading_lines) and, for .docx, NAME.EXTENSION.cells (python_docx_cells)
// of what reading it back gives; returns how many documents it wrote.
std::size_t write_client_files(document_writer write, written_format format);

// One line a body table cell as python-docx shows it: "table T row R cell C: TEXT", 1-based, TEXT
// the cell's paragraphs one a line, with \ as \\, line ends as \n and tabs as \t; a spanning
// cell repeats over the positions it covers.
std::string python_docx_cells(const document& read_back);

// The first lines of the headings' texts, one a line.
std::string heading_lines(const document& doc);

}  // namespace mk::test
