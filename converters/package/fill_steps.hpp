#pragma once
// The fill algorithm, written once for every document format: the steps of a fill plan (remove
// sections, fill tables, highlight, replace texts) over the small interface a format's filler
// gives (converters/docx/fill_body.cpp, converters/odt/fill_body.cpp).
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "converters/package/fill_memory.hpp"
#include "src/container/fill_plan.hpp"

namespace mk {

// A block of a body (a paragraph, a heading, a list, a table) as a format's filler sees it.
struct body_block {
    pugi::xml_node node;
    // 1-9 for a heading (as the format's reader decides, from the same styles), 0 otherwise.
    int level = 0;
    bool table = false;
    bool toc_entry = false;
    // The paragraph holding the text of a heading or table-of-contents entry (the block itself, or
    // the heading inside a list block).
    pugi::xml_node paragraph = {};
};

// What the fill algorithm needs to know about a format's XML and may do to it.
class fill_format {
public:
    virtual ~fill_format() = default;
    // The blocks of body in reading order (containers such as content controls or sections opened).
    virtual std::vector<body_block> blocks(pugi::xml_node body) const = 0;
    // The paragraphs in node (node itself included) in document order, nested ones too.
    virtual std::vector<pugi::xml_node> paragraphs(pugi::xml_node node) const = 0;
    // Whether a paragraph is a heading.
    virtual bool is_heading(pugi::xml_node paragraph) const = 0;
    // The text of a paragraph, without that of paragraphs nested in it.
    virtual std::string paragraph_text(pugi::xml_node paragraph) const = 0;
    // The text nodes (PCDATA) of a paragraph's own runs, in reading order, created where a run
    // has an empty text element.
    virtual std::vector<pugi::xml_node> text_slots(pugi::xml_node paragraph) const = 0;
    // Called after the text of slots changed (a format that must mark spaces as kept does here).
    virtual void slots_changed(const std::vector<pugi::xml_node>& slots) const = 0;
    // The rows of a table and the cells (covered ones too) of a row, in order.
    virtual std::vector<pugi::xml_node> rows(pugi::xml_node table) const = 0;
    virtual std::vector<pugi::xml_node> cells(pugi::xml_node row) const = 0;
    // Replaces the content of a cell by text, a paragraph per line, keeping the first paragraph's
    // and run's formatting.
    virtual void set_cell_text(pugi::xml_node cell, const std::string& text) const = 0;
    // Makes cell the top of a vertical merge over rows rows (1: no merge), or with rows 0 a cell
    // the one above covers (its text dropped).
    virtual void merge_down(pugi::xml_node cell, int rows) const = 0;
    // Highlights a paragraph yellow, or takes a yellow highlight off it.
    virtual void set_highlight(pugi::xml_node paragraph, bool on) = 0;
    // Whether a block may be removed with its section (not one that carries layout a later block
    // needs, such as a section break).
    virtual bool removable(pugi::xml_node block) const = 0;
    // Whether the table of contents is a field the office program updates (when asked to on
    // opening): its page numbers are then left to it.
    virtual bool toc_updates_itself() const = 0;
    // Drops the page number a table-of-contents entry ends with (a tab, then digits).
    virtual void drop_page_number(pugi::xml_node paragraph) const = 0;
};

// Whether a paragraph style's display name is that of a table-of-contents entry ("TOC 2").
bool names_toc_entry(std::string_view style_name);

// What a fill knows before and learns: the memory of the document filled, what it writes, and
// what it keeps.
struct fill_log {
    // The memory the document filled keeps (with fill_plan::update); nullopt when it keeps none.
    std::optional<fill_memory> before;
    // The cells written, with their text.
    std::vector<std::pair<std::string, std::string>> written;
    std::vector<kept_text> kept;
};

// Carries out the plan on the body of a document: removes its sections, fills its tables,
// highlights its paragraphs and replaces its texts, in this order; notes the cells it writes and
// (with fill_plan::update) keeps in log.
void fill_body(pugi::xml_node body, const fill_plan& plan, fill_format& format, fill_log& log);

// Carries out the plan's text replacements in every paragraph under node (a page header or
// footer); whether any changed.
bool replace_texts(pugi::xml_node node, const fill_plan& plan, const fill_format& format);

}  // namespace mk
