#pragma once
// ODF styles (styles.xml and the automatic styles of a part): what paragraphs, spans and lists inherit.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace mk::odt {

// Text formatting that may be set on a span, a paragraph style or their parents.
struct text_format {
    std::optional<bool> yellow;
    std::optional<bool> bold;
    // Fills every unset property from fallback.
    void inherit(const text_format& fallback);
};

// A paragraph or text style resolved over its style:parent-style-name chain.
struct resolved_style {
    // The display name of the first common (non-automatic) style of the chain, LibreOffice's
    // built-in names given as Word's ("Standard" → "Normal"); empty when none.
    std::string name;
    text_format text;
    // Whether the paragraph background is yellow.
    bool shaded_yellow = false;
    // The list style (style:list-style-name) the paragraph style names, if any.
    std::string list_style;
};

class style_sheet {
public:
    // The common styles of styles.xml (office:document-styles) and the automatic styles of the part
    // being read (content.xml or styles.xml itself); either root may be empty.
    style_sheet(pugi::xml_node styles_root, pugi::xml_node part_root);

    // The paragraph style with this name (the default paragraph style for an empty name).
    const resolved_style& paragraph(std::string_view name) const;
    // The text (span) style with this name; an empty style when unknown.
    const resolved_style& text(std::string_view name) const;
    // Whether level (0-based) of the list style shows a number (text:list-level-style-number);
    // false for bullets, images and unknown styles.
    bool list_level_numbered(std::string_view list_style, std::size_t level) const;

private:
    struct entry {
        std::string name;
        std::string display_name;
        std::string parent;
        bool automatic = false;
        text_format text;
        std::optional<bool> shaded_yellow;
        std::string list_style;
    };
    void read_styles(pugi::xml_node container, bool automatic);
    const resolved_style& resolve(std::string_view family, std::string_view name) const;

    // Keyed by family + ':' + name.
    std::map<std::string, entry, std::less<>> entries_;
    text_format default_paragraph_;
    // List style name → for each level 1-10, whether it is numbered.
    std::map<std::string, std::map<std::size_t, bool>, std::less<>> lists_;
    mutable std::map<std::string, resolved_style, std::less<>> resolved_;
};

}  // namespace mk::odt
