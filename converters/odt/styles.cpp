#include "converters/odt/styles.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "src/text/ascii.hpp"

namespace mk::odt {
namespace {

// LibreOffice's extension attribute with a list level's whole number format, as xml_part names it.
constexpr const char* libreoffice_list_format =
    "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}num-list-format";

bool is_yellow(std::string_view colour) {
    return text::equals_ignoring_ascii_case(colour, "#ffff00");
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

counter_style counter_style_of(std::string_view format) {
    if (format == "a") return counter_style::lower_letter;
    if (format == "A") return counter_style::upper_letter;
    if (format == "i") return counter_style::lower_roman;
    if (format == "I") return counter_style::upper_roman;
    return counter_style::decimal;
}

std::size_t positive_attribute(pugi::xml_node node, const char* name, std::size_t fallback) {
    std::string_view value = node.attribute(name).value();
    std::size_t out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    return ec == std::errc() && ptr == value.data() + value.size() && out > 0 ? out : fallback;
}

// The levels of a text:list-style or text:outline-style.
void read_list_levels(pugi::xml_node style, list_levels& out) {
    for (pugi::xml_node node : style.children()) {
        std::string_view kind = node.name();
        std::size_t level = positive_attribute(node, "text:level", 0);
        if (level == 0 || level > max_list_levels) continue;
        list_level& target = out[level - 1];
        target.numbered = kind == "text:list-level-style-number" || kind == "text:outline-level-style";
        std::string_view format = node.attribute("style:num-format").value();
        target.shows_number = target.numbered && !format.empty();
        target.style = counter_style_of(format);
        target.prefix = node.attribute("style:num-prefix").value();
        target.suffix = node.attribute("style:num-suffix").value();
        target.pattern = node.attribute(libreoffice_list_format).value();
        target.display_levels = std::min(positive_attribute(node, "text:display-levels", 1), level);
        target.start = static_cast<int>(std::min<std::size_t>(positive_attribute(node, "text:start-value", 1), 1'000'000));
    }
}

// The number counters give an item at level of levels.
std::string number_text(const list_levels& levels, std::size_t level, const level_counters& counters) {
    auto found = levels.find(level);
    if (found == levels.end() || !found->second.shows_number) return {};
    const list_level& format = found->second;
    auto shown = [&](std::size_t index) {
        auto style = levels.find(index);
        int start = style == levels.end() ? 1 : style->second.start;
        return format_counter(counters.value(index).value_or(start),
                              style == levels.end() ? counter_style::decimal : style->second.style);
    };
    std::string out;
    if (!format.pattern.empty()) {
        const std::string& pattern = format.pattern;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            std::size_t close = pattern.find('%', i + 1);
            std::size_t index = 0;
            if (pattern[i] == '%' && close != std::string::npos &&
                std::from_chars(pattern.data() + i + 1, pattern.data() + close, index).ptr == pattern.data() + close &&
                index >= 1 && index <= max_list_levels) {
                out += shown(index - 1);
                i = close;
                continue;
            }
            out += pattern[i];
        }
        return out;
    }
    for (std::size_t index = level + 1 - format.display_levels; index <= level; ++index) {
        if (!out.empty()) out += '.';
        out += shown(index);
    }
    return format.prefix + out + format.suffix;
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
            read_list_levels(node, lists_[node.attribute("style:name").value()]);
        } else if (kind == "text:outline-style") {
            read_list_levels(node, outline_);
        }
    }
}

const resolved_style& style_sheet::paragraph(std::string_view name) const { return resolve("paragraph", name); }

const resolved_style& style_sheet::text(std::string_view name) const { return resolve("text", name); }

const list_level* style_sheet::find_list_level(std::string_view list_style, std::size_t level) const {
    auto it = lists_.find(list_style);
    if (it == lists_.end()) return nullptr;
    auto found = it->second.find(level);
    return found == it->second.end() ? nullptr : &found->second;
}

const list_level* style_sheet::find_outline_level(std::size_t level) const {
    auto found = outline_.find(level);
    return found == outline_.end() ? nullptr : &found->second;
}

std::string style_sheet::list_number(std::string_view list_style, std::size_t level,
                                     const level_counters& counters) const {
    auto it = lists_.find(list_style);
    return it == lists_.end() ? std::string() : number_text(it->second, level, counters);
}

std::string style_sheet::outline_number(std::size_t level, const level_counters& counters) const {
    return number_text(outline_, level, counters);
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
