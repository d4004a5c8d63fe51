#pragma once
// The fill algorithm's interface (converters/package/fill_steps.hpp) on ODF text (pugixml DOM,
// canonical ODF names): headings are text:h as for the reader, table-of-contents entries named by
// the reader's style logic.
#include <set>
#include <string>

#include <pugixml.hpp>

#include "converters/odt/styles.hpp"
#include "converters/package/fill_steps.hpp"

namespace mk::odt_fill {

class body_format final : public fill_format {
public:
    // A format for the text of a part with these styles; automatic_styles is the part's
    // office:automatic-styles, where the highlight's text style is added when first used.
    body_format(const odt::style_sheet& styles, pugi::xml_node automatic_styles);

    std::vector<body_block> blocks(pugi::xml_node body) const override;
    std::vector<pugi::xml_node> paragraphs(pugi::xml_node node) const override;
    bool is_heading(pugi::xml_node paragraph) const override;
    std::string paragraph_text(pugi::xml_node paragraph) const override;
    std::vector<pugi::xml_node> text_slots(pugi::xml_node paragraph) const override;
    void slots_changed(const std::vector<pugi::xml_node>&) const override {}
    std::vector<pugi::xml_node> rows(pugi::xml_node table) const override;
    std::vector<pugi::xml_node> cells(pugi::xml_node row) const override;
    void set_cell_text(pugi::xml_node cell, const std::string& text) const override;
    void merge_down(pugi::xml_node cell, int rows) const override;
    void set_highlight(pugi::xml_node paragraph, bool on) override;
    bool removable(pugi::xml_node) const override { return true; }
    // LibreOffice does not update an index when it opens a file, and a static one never.
    bool toc_updates_itself() const override { return false; }
    void drop_page_number(pugi::xml_node paragraph) const override;

private:
    const odt::style_sheet& styles_;
    pugi::xml_node automatic_styles_;
    // The automatic text styles that only highlight yellow, ours included.
    std::set<std::string> highlight_styles_;
    bool style_added_ = false;
};

}  // namespace mk::odt_fill
