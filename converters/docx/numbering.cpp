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

std::string roman(int n, bool upper) {
    static constexpr std::pair<int, std::string_view> numerals[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},   {4, "iv"},  {1, "i"}};
    std::string out;
    for (auto [value, text] : numerals)
        for (; n >= value && out.size() < 64; n -= value) out += text;
    if (upper)
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Word's letter numbering: a..z, then aa..zz, aaa...
std::string letters(int n, bool upper) {
    if (n < 1) return std::to_string(n);
    int repeat = (n - 1) / 26 + 1;
    char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>(std::min(repeat, 64)), c);
}

std::string format_counter(int n, const std::string& format) {
    if (format == "upperRoman") return roman(n, true);
    if (format == "lowerRoman") return roman(n, false);
    if (format == "upperLetter") return letters(n, true);
    if (format == "lowerLetter") return letters(n, false);
    if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
    return std::to_string(n);
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
    auto& counters = counters_[num_id];
    auto index = static_cast<std::size_t>(level);
    counters[index] = counters[index] ? *counters[index] + 1 : format->start;
    for (std::size_t deeper = index + 1; deeper < counters.size(); ++deeper) counters[deeper].reset();
    if (format->format == "bullet" || format->format == "none") return {};
    std::string out;
    const std::string& text = format->text;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            auto referenced = static_cast<std::size_t>(text[i + 1] - '1');
            const level_format* shown = find_level(num_id, static_cast<int>(referenced));
            int value = counters[referenced].value_or(shown ? shown->start : 1);
            bool decimal = !shown || (format->legal && referenced != index);
            out += format_counter(value, decimal ? std::string("decimal") : shown->format);
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

}  // namespace mk::docx
