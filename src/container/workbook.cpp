#include "src/container/workbook.hpp"

#include <algorithm>

namespace mk {

const cell* sheet::find(std::uint32_t row, std::uint32_t col) const {
    auto it = std::lower_bound(cells.begin(), cells.end(), std::pair{row, col},
                               [](const cell& c, const std::pair<std::uint32_t, std::uint32_t>& key) {
                                   return std::pair{c.row, c.col} < key;
                               });
    if (it == cells.end() || it->row != row || it->col != col) return nullptr;
    return &*it;
}

void sheet::finish() {
    auto before = [](const cell& a, const cell& b) { return std::pair{a.row, a.col} < std::pair{b.row, b.col}; };
    // Readers mostly give cells in order and once each: then there is nothing to move.
    if (std::adjacent_find(cells.begin(), cells.end(), [&](const cell& a, const cell& b) { return !before(a, b); }) !=
        cells.end()) {
        std::stable_sort(cells.begin(), cells.end(), before);
        // Keep the last of several cells at one place.
        std::vector<cell> unique;
        unique.reserve(cells.size());
        for (auto& c : cells) {
            if (!unique.empty() && unique.back().row == c.row && unique.back().col == c.col)
                unique.back() = std::move(c);
            else
                unique.push_back(std::move(c));
        }
        cells = std::move(unique);
    }
    for (auto* list : {&hidden_rows, &hidden_cols}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
}

std::uint16_t workbook::style_index(const cell_style& style) {
    for (std::size_t i = 0; i < styles.size(); ++i)
        if (styles[i] == style) return static_cast<std::uint16_t>(i);
    styles.push_back(style);
    return static_cast<std::uint16_t>(styles.size() - 1);
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_a1(std::string_view ref) {
    std::size_t i = 0;
    std::uint64_t col = 0;
    if (i < ref.size() && ref[i] == '$') ++i;
    std::size_t letters = 0;
    while (i < ref.size() && letters < 4) {
        char ch = ref[i];
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        if (ch < 'A' || ch > 'Z') break;
        col = col * 26 + static_cast<std::uint64_t>(ch - 'A' + 1);
        ++i;
        ++letters;
    }
    if (letters == 0 || col > max_cols) return std::nullopt;
    if (i < ref.size() && ref[i] == '$') ++i;
    std::uint64_t row = 0;
    std::size_t digits = 0;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && digits < 8) {
        row = row * 10 + static_cast<std::uint64_t>(ref[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || i != ref.size() || row == 0 || row > max_rows) return std::nullopt;
    return std::pair{static_cast<std::uint32_t>(row - 1), static_cast<std::uint32_t>(col - 1)};
}

std::optional<cell_range> parse_range(std::string_view ref) {
    auto colon = ref.find(':');
    auto first = parse_a1(ref.substr(0, colon));
    if (!first) return std::nullopt;
    auto last = colon == std::string_view::npos ? first : parse_a1(ref.substr(colon + 1));
    if (!last) return std::nullopt;
    return cell_range{std::min(first->first, last->first), std::min(first->second, last->second),
                      std::max(first->first, last->first), std::max(first->second, last->second)};
}

std::string column_name(std::uint32_t col) {
    std::string name;
    std::uint64_t n = static_cast<std::uint64_t>(col) + 1;
    while (n > 0) {
        name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
        n = (n - 1) / 26;
    }
    return name;
}

std::string format_a1(std::uint32_t row, std::uint32_t col) {
    return column_name(col) + std::to_string(static_cast<std::uint64_t>(row) + 1);
}

std::string format_range(const cell_range& range) {
    return format_a1(range.first_row, range.first_col) + ":" + format_a1(range.last_row, range.last_col);
}

}  // namespace mk
