#include "src/sk/stages.hpp"

#include <charconv>
#include <optional>
#include <utility>

namespace mk::sk {
namespace {

std::optional<int> grade_of(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text == "F" || text == "f") return 0;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// The first and last grade of "F-9"; nullopt when it is no such range.
std::optional<std::pair<int, int>> range_of(std::string_view stages) {
    auto dash = stages.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    auto first = grade_of(stages.substr(0, dash));
    auto last = grade_of(stages.substr(dash + 1));
    if (!first || !last || *first > *last) return std::nullopt;
    return std::pair{*first, *last};
}

}  // namespace

bool covers_grade(std::string_view stages, int grade) {
    auto range = range_of(stages);
    return !range || (range->first <= grade && grade <= range->second);
}

bool covers_stage(std::string_view stages, std::string_view stage) {
    auto range = range_of(stages);
    auto wanted = range_of(stage);
    return !range || !wanted || (range->first <= wanted->second && wanted->first <= range->second);
}

}  // namespace mk::sk
