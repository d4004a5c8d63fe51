#pragma once
// word/styles.xml: what a paragraph inherits from its style and the style's w:basedOn chain.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "converters/docx/properties.hpp"

namespace mk::docx {

// Everything a paragraph or character style contributes, resolved over its basedOn chain.
struct resolved_style {
    // The display name ("Heading 1", "List Bullet"); empty for an unknown style.
    std::string name;
    // 1 to 9 for heading styles, 0 for body text.
    int heading_level = 0;
    numbering_ref numbering;
    run_format run;
    // Whether the paragraph is shaded yellow.
    bool shaded_yellow = false;
};

class style_sheet {
public:
    // An empty sheet: every paragraph is plain body text.
    style_sheet() = default;
    // Reads the w:styles element of styles.xml.
    explicit style_sheet(pugi::xml_node styles);

    // The paragraph style with this id, or the default paragraph style when id is empty.
    const resolved_style& paragraph(std::string_view id) const;
    // The style with this id, of any type (character and numbering styles too); an empty style
    // when unknown.
    const resolved_style& style(std::string_view id) const;
    // Run formatting of the document defaults (w:docDefaults).
    const run_format& defaults() const { return defaults_; }

private:
    struct entry {
        std::string name;
        std::string based_on;
        std::optional<int> outline_level;
        numbering_ref numbering;
        run_format run;
        std::optional<bool> shaded_yellow;
    };
    const resolved_style& resolve(std::string_view id) const;

    std::map<std::string, entry, std::less<>> entries_;
    std::string default_paragraph_;
    run_format defaults_;
    mutable std::map<std::string, resolved_style, std::less<>> resolved_;
};

// The outline level (1-9) of a paragraph with these paragraph properties (w:pPr): its own
// w:outlineLvl, else its style's over the basedOn chain; 0 for body text.
int heading_level(const style_sheet& styles, pugi::xml_node ppr);

// Word's display name for a style name as stored: built-in names are stored in lower case
// ("heading 1", "toc 2") and shown capitalised ("Heading 1", "TOC 2").
std::string display_style_name(std::string_view stored);

// The style sheet of a styles part (its bytes, named part), parsed once per thread for the same
// bytes (converters/package/remembered.hpp); throws mk::error when the part is not well-formed.
std::shared_ptr<const style_sheet> style_sheet_of(std::string_view part_bytes, std::string_view part);

}  // namespace mk::docx
