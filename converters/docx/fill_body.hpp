#pragma once
// The fill algorithm's interface (converters/package/fill_steps.hpp) on WordprocessingML: a
// story's XML (pugixml DOM, canonical w: names), headings decided by the reader's style logic.
#include <pugixml.hpp>

#include "converters/docx/styles.hpp"
#include "converters/package/fill_steps.hpp"

namespace mk::docx_fill {

class body_format final : public fill_format {
public:
    // A format for stories of a document with these styles; toc_field says whether its table of
    // contents is a field (which w:updateFields makes Word update).
    body_format(const docx::style_sheet& styles, bool toc_field) : styles_(styles), toc_field_(toc_field) {}

    std::vector<body_block> blocks(pugi::xml_node body) const override;
    std::vector<pugi::xml_node> paragraphs(pugi::xml_node node) const override;
    bool is_heading(pugi::xml_node paragraph) const override;
    std::string paragraph_text(pugi::xml_node paragraph) const override;
    std::vector<pugi::xml_node> text_slots(pugi::xml_node paragraph) const override;
    void slots_changed(const std::vector<pugi::xml_node>& slots) const override;
    std::vector<pugi::xml_node> rows(pugi::xml_node table) const override;
    std::vector<pugi::xml_node> cells(pugi::xml_node row) const override;
    void set_cell_text(pugi::xml_node cell, const std::string& text) const override;
    void merge_down(pugi::xml_node cell, int rows) const override;
    void set_highlight(pugi::xml_node paragraph, bool on) override;
    bool removable(pugi::xml_node block) const override;
    bool toc_updates_itself() const override { return toc_field_; }
    void drop_page_number(pugi::xml_node paragraph) const override;

private:
    const docx::style_sheet& styles_;
    bool toc_field_;
};

// Whether the body has a table-of-contents field (which w:updateFields makes Word update).
bool has_toc_field(pugi::xml_node body);

}  // namespace mk::docx_fill
