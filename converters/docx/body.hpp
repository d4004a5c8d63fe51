#pragma once
// WordprocessingML story content (the body, a header, a footer) turned into neutral blocks.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "converters/docx/numbering.hpp"
#include "converters/docx/styles.hpp"
#include "src/container/document.hpp"
#include "src/container/document_limits.hpp"
#include "src/container/paragraph_builder.hpp"

namespace mk::docx {

// The texts of a document's footnotes, endnotes and comments by their ids (w:id), and of its
// charts (chart_text) and SmartArt (diagram_text) by the ids of the main part's relationships to
// them, for the references in its stories.
struct note_texts {
    std::map<std::string, std::string, std::less<>> footnotes;
    std::map<std::string, std::string, std::less<>> endnotes;
    std::map<std::string, std::string, std::less<>> comments;
    std::map<std::string, std::string, std::less<>> charts;
    std::map<std::string, std::string, std::less<>> diagrams;
};

class story_reader {
public:
    // Reads a story of part (named in errors) with the document's styles and lists; given notes (the
    // readers of the body and of footnotes, endnotes and comments), a reference to a footnote, endnote
    // or comment gets its text from them, and its charts, pictures and embedded objects are noted (not
    // those of a page header: a logo).
    story_reader(const style_sheet& styles, numbering& lists, std::string_view part, const note_texts* notes = nullptr);

    // Appends the blocks of the block-level children of container (w:body, w:tc, w:hdr...).
    void read_blocks(pugi::xml_node container, std::vector<block>& out);
    // Appends the blocks of one block-level child of a story read child by child; finish() ends it.
    void read_block(pugi::xml_node child, std::vector<block>& out);
    // Appends what a story read child by child still holds (a paragraph joined with a next one that
    // never came).
    void finish(std::vector<block>& out);
    // The relationship ids of the headers and footers the section properties name, in order.
    const std::vector<std::string>& header_ids() const { return header_ids_; }
    const std::vector<std::string>& footer_ids() const { return footer_ids_; }
    // The relationship ids of the w:altChunk elements met (content of another file, not read).
    const std::vector<std::string>& alt_chunk_ids() const { return alt_chunk_ids_; }

private:
    void read_block_children(pugi::xml_node container, std::vector<block>& out);
    void read_paragraph(pugi::xml_node p, std::vector<block>& out);
    void finish_paragraph(pugi::xml_node properties, std::vector<block>& out);
    void read_inline(pugi::xml_node parent, const run_format& paragraph_run);
    void read_run(pugi::xml_node r, const run_format& paragraph_run);
    void read_table(pugi::xml_node tbl, std::vector<block>& out);
    void read_section(pugi::xml_node sect);
    // Notes the footnote, endnote or comment a reference element names, if its text is known.
    void read_note_reference(pugi::xml_node reference);
    // Adds a note of kind with text (unless empty) to the paragraph being read.
    void add_note(note_kind kind, std::string text);
    // Notes the text of each text box (w:txbxContent) in a drawing, picture or object of a run;
    // with notes_ (not in a page header: its logo), also the data of each chart (c:chart), each
    // picture (pic:pic, v:imagedata) and the embedded object (o:OLEObject) or SmartArt.
    void read_drawing(pugi::xml_node drawing);

    const style_sheet& styles_;
    numbering& lists_;
    std::string part_;
    const note_texts* notes_;
    // The notes of the paragraph being read, given to it when it ends.
    std::vector<block_note> pending_notes_;
    std::vector<std::string> alt_chunk_ids_;
    paragraph_builder text_;
    // A copy of the properties (w:pPr) of the paragraph whose mark is a tracked deletion, whose text
    // runs on into the next paragraph: a story read child by child may have freed the paragraph.
    pugi::xml_document joined_;
    bool joining_ = false;
    // Open complex fields, innermost last: false while reading the field code, true in its result.
    std::vector<bool> fields_;
    // How many of fields_ are still in their field code: text shows only when none is.
    std::size_t fields_in_code_ = 0;
    weight_budget budget_;
    std::size_t depth_ = 0;
    std::size_t table_depth_ = 0;
    std::vector<std::string> header_ids_;
    std::vector<std::string> footer_ids_;
};

}  // namespace mk::docx
