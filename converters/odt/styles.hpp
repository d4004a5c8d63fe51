#pragma once
// ODF styles (styles.xml and the automatic styles of a part): what paragraphs, spans and lists inherit.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "src/container/list_number.hpp"

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

// One level of a list style, or of the outline style that numbers headings.
struct list_level {
    // Whether the level is a number level (not a bullet or image).
    bool numbered = false;
    // Whether it writes a number (style:num-format is not empty).
    bool shows_number = false;
    counter_style style = counter_style::decimal;
    std::string prefix;
    std::string suffix;
    // LibreOffice's loext:num-list-format ("%1%.%2%."), which says it all when present.
    std::string pattern;
    std::size_t display_levels = 1;
    int start = 1;
};
using list_levels = std::map<std::size_t, list_level>;

class style_sheet {
public:
    // The common styles of styles.xml (office:document-styles) and the automatic styles of the part
    // being read (content.xml or styles.xml itself); either root may be empty.
    style_sheet(pugi::xml_node styles_root, pugi::xml_node part_root);

    // The paragraph style with this name (the default paragraph style for an empty name).
    const resolved_style& paragraph(std::string_view name) const;
    // The text (span) style with this name; an empty style when unknown.
    const resolved_style& text(std::string_view name) const;
    // Level (0-based) of a list style; nullptr when the style or level is unknown.
    const list_level* find_list_level(std::string_view list_style, std::size_t level) const;
    // Level (0-based) of the outline style; nullptr when it is not defined.
    const list_level* find_outline_level(std::size_t level) const;
    // The number an item at level (0-based) of a list style shows once counters have counted it
    // ("2.1."); empty for bullets and levels that write no number.
    std::string list_number(std::string_view list_style, std::size_t level, const level_counters& counters) const;
    // The same for a heading numbered by the outline style.
    std::string outline_number(std::size_t level, const level_counters& counters) const;

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
    // List style name → its levels, by 0-based level.
    std::map<std::string, list_levels, std::less<>> lists_;
    list_levels outline_;
    mutable std::map<std::string, resolved_style, std::less<>> resolved_;
};

}  // namespace mk::odt
