#pragma once
// ODF text content (office:text, a table cell, a page header) turned into neutral blocks.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "converters/odt/styles.hpp"
#include "src/container/document.hpp"
#include "src/container/document_limits.hpp"
#include "src/container/paragraph_builder.hpp"

namespace mk::odt {

// The note of each of a document's embedded objects by its folder in the package ("Object 1"): a
// chart with its data (chart_text), another object with its kind (embedded_kind_text).
using object_notes = std::map<std::string, block_note, std::less<>>;

// A count attribute (table:number-columns-repeated, text:c...): 1 when absent, zero or unreadable.
std::size_t count_attribute(pugi::xml_node node, const char* name);

class text_reader {
public:
    // Reads content of part (named in errors) with the styles that apply to it; given objects (the
    // body's reader), an object (draw:object) is noted as they have it (else by its description,
    // title or name), and each picture too.
    text_reader(const style_sheet& styles, std::string_view part, const object_notes* objects = nullptr);

    // Appends the blocks of the block-level children of container (office:text, table:table-cell...).
    void read_blocks(pugi::xml_node container, std::vector<block>& out);

private:
    // Where a paragraph stands in a list: the first paragraph of a list item becomes the item.
    struct list_place {
        bool item = false;
        std::uint32_t level = 0;
        std::string style;
        // The number the item shows, if any.
        std::string number;
    };
    void read_block(pugi::xml_node node, const list_place& place, std::vector<block>& out);
    void read_list(pugi::xml_node list, std::uint32_t level, const std::string& inherited_style,
                   std::vector<block>& out);
    void read_paragraph(pugi::xml_node p, const list_place& place, std::vector<block>& out);
    void read_inline(pugi::xml_node parent, const text_format& format);
    void append_characters(std::string_view text, const text_format& format);
    // Appends the collapsed space waiting before content that follows it.
    void flush_space(const text_format& format);
    void read_table(pugi::xml_node table, std::vector<block>& out);
    // Notes the text of a footnote or endnote (the text:note-body of a text:note), a comment
    // (office:annotation) or a drawing (draw:frame, draw:custom-shape: its text boxes and shapes).
    void read_note(pugi::xml_node note, note_kind kind);
    // Notes a drawing's text (read_note); with objects_ (the body's reader, not a page header's with
    // its logo), first its charts, embedded objects (draw:object) and picture (draw:image).
    void read_drawing(pugi::xml_node drawing);
    // Adds a note of kind with text (unless empty) to the notes waiting for a paragraph.
    void add_note(note_kind kind, std::string text);
    // The text of the blocks of container, read by a reader of its own, with their notes.
    std::string story_text(pugi::xml_node container);
    // Counts a list item of list_style at level and returns the number it shows.
    std::string count_item(pugi::xml_node item, const std::string& list_style, std::uint32_t level);

    const style_sheet& styles_;
    std::string part_;
    const object_notes* objects_;
    paragraph_builder text_;
    // The notes of the paragraph being read (or of drawings before it), given to the next paragraph.
    std::vector<block_note> pending_notes_;
    std::string number_;
    // Whether the paragraph has content yet: white space before any is dropped.
    bool started_ = false;
    // Whether collapsed white space waits to be written before the next content; dropped at the
    // end of the paragraph.
    bool space_pending_ = false;
    std::map<std::string, level_counters, std::less<>> list_counters_;
    level_counters outline_counters_;
    weight_budget budget_;
    std::size_t depth_ = 0;
    std::size_t table_depth_ = 0;
};

}  // namespace mk::odt
