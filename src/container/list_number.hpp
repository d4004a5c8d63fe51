#pragma once
// The numbers of numbered lists and headings, as the readers work them out: per-level counters and
// the ways a counter is written.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace mk {

// Deepest list level any format has (ODF has 10, Word 9).
inline constexpr std::size_t max_list_levels = 10;

enum class counter_style : std::uint8_t { decimal, decimal_zero, lower_letter, upper_letter, lower_roman, upper_roman };

// n written in style: 4 → "4", "04", "d", "D", "iv", "IV"; letters go a..z, aa..zz...
std::string format_counter(int n, counter_style style);

// The counters of one list, one per level.
class level_counters {
public:
    // Counts one more item at level (0-based, below max_list_levels): the first one gets start,
    // later ones the next number; deeper levels start again. Returns the item's number.
    int next(std::size_t level, int start);
    // Makes the next item at level get value.
    void restart_at(std::size_t level, int value);
    // The current number of level, or nullopt before its first item.
    std::optional<int> value(std::size_t level) const;

private:
    std::array<std::optional<int>, max_list_levels> values_{};
};

}  // namespace mk
