#include "converters/docx/numbering.hpp"

#include <charconv>

namespace mk::docx {
namespace {

std::optional<int> int_attribute(pugi::xml_node node, const char* name) {
    std::string_view v = node.attribute(name).value();
    int out = 0;
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (v.empty() || ec != std::errc() || ptr != v.data() + v.size()) return std::nullopt;
    return out;
}

counter_style style_of(const std::string& format) {
    if (format == "upperRoman") return counter_style::upper_roman;
    if (format == "lowerRoman") return counter_style::lower_roman;
    if (format == "upperLetter") return counter_style::upper_letter;
    if (format == "lowerLetter") return counter_style::lower_letter;
    if (format == "decimalZero") return counter_style::decimal_zero;
    return counter_style::decimal;
}

template <class Levels>
void read_level(pugi::xml_node lvl, Levels& target) {
    std::optional<int> index = int_attribute(lvl, "w:ilvl");
    if (!index || *index < 0 || *index >= 9) return;
    auto& level = target[static_cast<std::size_t>(*index)];
    level.defined = true;
    if (pugi::xml_node format = lvl.child("w:numFmt")) level.format = format.attribute("w:val").value();
    level.text = lvl.child("w:lvlText").attribute("w:val").value();
    level.start = int_attribute(lvl.child("w:start"), "w:val").value_or(level.start);
    level.legal = on_off(lvl.child("w:isLgl")).value_or(false);
}

}  // namespace

numbering::numbering(pugi::xml_node root, const style_sheet& styles) {
    std::map<int, std::string> style_links;
    for (pugi::xml_node abstract : root.children("w:abstractNum")) {
        std::optional<int> id = int_attribute(abstract, "w:abstractNumId");
        if (!id) continue;
        levels& target = abstracts_[*id];
        for (pugi::xml_node lvl : abstract.children("w:lvl")) read_level(lvl, target);
        if (pugi::xml_node link = abstract.child("w:numStyleLink")) style_links[*id] = link.attribute("w:val").value();
    }
    for (pugi::xml_node num : root.children("w:num")) {
        std::optional<int> id = int_attribute(num, "w:numId");
        if (!id) continue;
        list& target = lists_[*id];
        target.abstract_id = int_value(num.child("w:abstractNumId")).value_or(-1);
        for (pugi::xml_node override_node : num.children("w:lvlOverride")) {
            if (pugi::xml_node lvl = override_node.child("w:lvl")) read_level(lvl, target.overrides);
            std::optional<int> index = int_attribute(override_node, "w:ilvl");
            std::optional<int> start = int_value(override_node.child("w:startOverride"));
            if (index && start && *index >= 0 && *index < 9) {
                auto& level = target.overrides[static_cast<std::size_t>(*index)];
                auto abstract = abstracts_.find(target.abstract_id);
                if (!level.defined && abstract != abstracts_.end())
                    level = abstract->second[static_cast<std::size_t>(*index)];
                level.start = *start;
                level.defined = true;
            }
        }
    }
    // An abstract list that only links to a numbering style takes the levels of that style's list.
    for (auto& [id, style] : style_links) {
        std::optional<int> linked = styles.style(style).numbering.num_id;
        if (!linked) continue;
        auto it = lists_.find(*linked);
        if (it != lists_.end() && it->second.abstract_id != id && abstracts_.count(it->second.abstract_id))
            abstracts_[id] = abstracts_[it->second.abstract_id];
    }
}

bool numbering::has_list(int num_id) const { return num_id != 0 && lists_.count(num_id) != 0; }

const numbering::level_format* numbering::find_level(int num_id, int level) const {
    auto it = lists_.find(num_id);
    if (it == lists_.end() || level < 0 || level >= 9) return nullptr;
    const level_format& overridden = it->second.overrides[static_cast<std::size_t>(level)];
    if (overridden.defined) return &overridden;
    auto abstract = abstracts_.find(it->second.abstract_id);
    if (abstract == abstracts_.end()) return nullptr;
    const level_format& format = abstract->second[static_cast<std::size_t>(level)];
    return format.defined ? &format : nullptr;
}

bool numbering::is_numbered(int num_id, int level) const {
    const level_format* format = find_level(num_id, level);
    return format && format->format != "bullet";
}

std::string numbering::next_number(int num_id, int level) {
    const level_format* format = find_level(num_id, level);
    if (!format) return {};
    level_counters& counters = counters_[num_id];
    auto index = static_cast<std::size_t>(level);
    counters.next(index, format->start);
    if (format->format == "bullet" || format->format == "none") return {};
    std::string out;
    const std::string& text = format->text;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            auto referenced = static_cast<std::size_t>(text[i + 1] - '1');
            const level_format* shown = find_level(num_id, static_cast<int>(referenced));
            int value = counters.value(referenced).value_or(shown ? shown->start : 1);
            bool decimal = !shown || (format->legal && referenced != index);
            out += format_counter(value, decimal ? counter_style::decimal : style_of(shown->format));
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

}  // namespace mk::docx
