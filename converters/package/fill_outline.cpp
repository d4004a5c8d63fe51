#include "converters/package/fill_outline.hpp"

#include "converters/package/fill_text.hpp"

namespace mk {

located_block heading_stack::locate(pugi::xml_node node, int level, std::string_view text) {
    if (level) {
        while (!open_.empty() && open_.back().first >= level) open_.pop_back();
        open_.emplace_back(level, fold_key(text));
    }
    located_block block{node, {}};
    for (const auto& entry : open_) block.headings.push_back(entry.second);
    return block;
}

bool section_cutter::removes(int level, std::string_view text, bool toc_entry) {
    if (removing_level_ && level && level <= removing_level_) removing_level_ = 0;
    std::string folded = fold_key(text);
    bool names_one = false;
    for (const auto& key : removed_) names_one = names_one || contains_all(folded, key);
    if (!removing_level_ && level && names_one) removing_level_ = level;
    cut_toc_ = cut_toc_ || (names_one && toc_entry);
    return removing_level_ || (names_one && toc_entry);
}

namespace {

// The digits a text starts with when ". " follows them, with the white space before them.
std::string_view number_prefix(std::string_view text) {
    std::size_t at = text.find_first_not_of(" \t");
    if (at == std::string_view::npos) return {};
    std::size_t end = text.find_first_not_of("0123456789", at);
    if (end == at || end == std::string_view::npos || end - at > 3 || text.substr(end, 2) != ". ") return {};
    return text.substr(0, end);
}

}  // namespace

void outline_numbers::note(pugi::xml_node node, int level, std::string_view text, bool removed) {
    int group = 0;
    if (level) {
        while (!open_.empty() && open_.back().first >= level) open_.pop_back();
        // Headings with no heading above them: one group per level.
        group = open_.empty() ? -level : open_.back().second;
        open_.emplace_back(level, ++groups_);
    }
    std::string_view prefix = number_prefix(text);
    if (prefix.empty()) return;
    int number = 0;
    for (char c : prefix)
        if (c >= '0' && c <= '9') number = number * 10 + (c - '0');
    entries_.push_back({node, group, number, removed});
}

std::vector<std::pair<pugi::xml_node, int>> outline_numbers::changes() const {
    std::vector<std::pair<pugi::xml_node, int>> result;
    for (const auto& kept : entries_) {
        if (kept.removed) continue;
        int lost = 0;
        for (const auto& gone : entries_)
            lost += gone.removed && gone.group == kept.group && gone.number < kept.number;
        if (lost) result.emplace_back(kept.node, kept.number - lost);
    }
    return result;
}

bool renumber_slots(const std::vector<pugi::xml_node>& slots, int number) {
    std::string text;
    for (auto slot : slots) text += slot.value();
    std::size_t length = number_prefix(text).size();
    if (length == 0) return false;
    std::size_t digits_at = text.find_first_not_of(" \t");
    std::string written = std::to_string(number);
    // Drops the old prefix slot by slot; the new number goes where the first digit stood.
    std::size_t offset = 0;
    for (auto slot : slots) {
        std::string value = slot.value();
        std::size_t from = offset, to = offset + value.size();
        offset = to;
        if (from >= length) break;
        std::size_t cut_from = digits_at > from ? digits_at - from : 0;
        std::size_t cut_to = std::min(length, to) - from;
        if (cut_from >= cut_to) continue;
        bool first = digits_at >= from && digits_at < to;
        value = value.substr(0, cut_from) + (first ? written : "") + value.substr(cut_to);
        slot.set_value(value.c_str());
    }
    return true;
}

}  // namespace mk
