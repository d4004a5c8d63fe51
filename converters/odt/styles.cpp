#include "converters/odt/styles.hpp"

#include <charconv>
#include <set>

namespace mk::odt {
namespace {

bool is_yellow(std::string_view colour) {
    if (colour.size() != 7 || colour.front() != '#') return false;
    std::string lower;
    for (char c : colour) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "#ffff00";
}

std::optional<bool> background_is_yellow(pugi::xml_node properties) {
    pugi::xml_attribute colour = properties.attribute("fo:background-color");
    if (!colour) return std::nullopt;
    return is_yellow(colour.value());
}

// fo:font-weight: "bold" or a weight of 600 and more.
std::optional<bool> weight_is_bold(pugi::xml_node properties) {
    pugi::xml_attribute weight = properties.attribute("fo:font-weight");
    if (!weight) return std::nullopt;
    std::string_view value = weight.value();
    if (value == "bold") return true;
    int number = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    return ec == std::errc() && ptr == value.data() + value.size() && number >= 600;
}

// Word's name for a LibreOffice built-in paragraph style ("Standard" → "Normal", "Contents 2" →
// "TOC 2"), so that a document reads the same whichever program saved it; other names unchanged.
std::string neutral_style_name(std::string_view name) {
    static constexpr std::pair<std::string_view, std::string_view> renamed[] = {
        {"Standard", "Normal"},          {"Default Paragraph Style", "Normal"},
        {"Contents Heading", "TOC Heading"}, {"Text body", "Body Text"},
        {"Quotations", "Quote"},         {"Footnote", "Footnote Text"},
        {"Endnote", "Endnote Text"},     {"Illustration Index Heading", "Table of Figures"},
    };
    for (auto [libreoffice, word] : renamed)
        if (name == libreoffice) return std::string(word);
    if (name.size() >= 10 && name.starts_with("Contents ") && name.substr(9).find_first_not_of("0123456789") ==
                                                                  std::string_view::npos)
        return "TOC " + std::string(name.substr(9));
    return std::string(name);
}

text_format read_text_format(pugi::xml_node style) {
    pugi::xml_node properties = style.child("style:text-properties");
    return {background_is_yellow(properties), weight_is_bold(properties)};
}

}  // namespace

void text_format::inherit(const text_format& fallback) {
    if (!yellow) yellow = fallback.yellow;
    if (!bold) bold = fallback.bold;
}

style_sheet::style_sheet(pugi::xml_node styles_root, pugi::xml_node part_root) {
    read_styles(styles_root.child("office:styles"), false);
    read_styles(part_root.child("office:automatic-styles"), true);
}

void style_sheet::read_styles(pugi::xml_node container, bool automatic) {
    for (pugi::xml_node node : container.children()) {
        std::string_view kind = node.name();
        if (kind == "style:default-style" &&
            std::string_view(node.attribute("style:family").value()) == "paragraph") {
            default_paragraph_ = read_text_format(node);
        } else if (kind == "style:style") {
            entry e;
            e.name = node.attribute("style:name").value();
            e.display_name = node.attribute("style:display-name").value();
            e.parent = node.attribute("style:parent-style-name").value();
            e.automatic = automatic;
            e.text = read_text_format(node);
            e.shaded_yellow = background_is_yellow(node.child("style:paragraph-properties"));
            e.list_style = node.attribute("style:list-style-name").value();
            std::string key = std::string(node.attribute("style:family").value()) + ":" + e.name;
            entries_[key] = std::move(e);
        } else if (kind == "text:list-style") {
            auto& levels = lists_[node.attribute("style:name").value()];
            for (pugi::xml_node level : node.children()) {
                std::string_view level_kind = level.name();
                std::string_view number = level.attribute("text:level").value();
                std::size_t index = 0;
                auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), index);
                if (ec != std::errc() || ptr != number.data() + number.size()) continue;
                levels[index] = level_kind == "text:list-level-style-number";
            }
        }
    }
}

const resolved_style& style_sheet::paragraph(std::string_view name) const { return resolve("paragraph", name); }

const resolved_style& style_sheet::text(std::string_view name) const { return resolve("text", name); }

bool style_sheet::list_level_numbered(std::string_view list_style, std::size_t level) const {
    auto it = lists_.find(list_style);
    if (it == lists_.end()) return false;
    auto found = it->second.find(level + 1);
    return found != it->second.end() && found->second;
}

const resolved_style& style_sheet::resolve(std::string_view family, std::string_view name) const {
    std::string key = std::string(family) + ":" + std::string(name);
    if (auto found = resolved_.find(key); found != resolved_.end()) return found->second;
    resolved_style out;
    bool shading_known = false;
    std::set<std::string_view> seen;
    std::string current(name);
    for (auto it = entries_.find(std::string(family) + ":" + current); it != entries_.end() && seen.insert(it->first).second;
         it = entries_.find(std::string(family) + ":" + current)) {
        const entry& e = it->second;
        if (out.name.empty() && !e.automatic)
            out.name = neutral_style_name(e.display_name.empty() ? e.name : e.display_name);
        out.text.inherit(e.text);
        if (!shading_known && e.shaded_yellow) {
            out.shaded_yellow = *e.shaded_yellow;
            shading_known = true;
        }
        if (out.list_style.empty()) out.list_style = e.list_style;
        current = e.parent;
    }
    if (family == "paragraph") out.text.inherit(default_paragraph_);
    return resolved_.emplace(std::move(key), std::move(out)).first->second;
}

}  // namespace mk::odt
