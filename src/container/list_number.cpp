#include "src/container/list_number.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace mk {
namespace {

std::string roman(int n, bool upper) {
    static constexpr std::pair<int, std::string_view> numerals[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},   {4, "iv"},  {1, "i"}};
    if (n < 1 || n > 3999) return std::to_string(n);
    std::string out;
    for (auto [value, text] : numerals)
        for (; n >= value; n -= value) out += text;
    if (upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::string letters(int n, bool upper) {
    if (n < 1 || n > 26 * 50) return std::to_string(n);
    char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
}

}  // namespace

std::string format_counter(int n, counter_style style) {
    switch (style) {
        case counter_style::decimal_zero: return n >= 0 && n < 10 ? "0" + std::to_string(n) : std::to_string(n);
        case counter_style::lower_letter: return letters(n, false);
        case counter_style::upper_letter: return letters(n, true);
        case counter_style::lower_roman: return roman(n, false);
        case counter_style::upper_roman: return roman(n, true);
        case counter_style::decimal: break;
    }
    return std::to_string(n);
}

int level_counters::next(std::size_t level, int start) {
    std::optional<int>& current = values_[level];
    current = current ? *current + 1 : start;
    std::fill(values_.begin() + static_cast<std::ptrdiff_t>(level) + 1, values_.end(), std::nullopt);
    return *current;
}

void level_counters::restart_at(std::size_t level, int value) { values_[level] = value - 1; }

std::optional<int> level_counters::value(std::size_t level) const { return values_[level]; }

}  // namespace mk
