#include "src/container/workbook.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>

namespace mk {

const cell* sheet::find(std::uint32_t row, std::uint32_t col) const {
    auto it = std::lower_bound(cells.begin(), cells.end(), std::pair{row, col},
                               [](const cell& c, const std::pair<std::uint32_t, std::uint32_t>& key) {
                                   return std::pair{c.row, c.col} < key;
                               });
    if (it == cells.end() || it->row != row || it->col != col) return nullptr;
    return &*it;
}

std::string_view sheet::fill_at(std::uint32_t row, std::uint32_t col) const {
    // The band holding row starts on the last first_row at or above it.
    auto band_end = std::upper_bound(fills.begin(), fills.end(), row,
                                     [](std::uint32_t r, const fill_range& f) { return r < f.range.first_row; });
    if (band_end == fills.begin()) return {};
    std::uint32_t band_row = std::prev(band_end)->range.first_row;
    auto band_begin = std::lower_bound(fills.begin(), band_end, band_row,
                                       [](const fill_range& f, std::uint32_t r) { return f.range.first_row < r; });
    auto after = std::upper_bound(band_begin, band_end, col,
                                  [](std::uint32_t c, const fill_range& f) { return c < f.range.first_col; });
    if (after == band_begin) return {};
    const cell_range& range = std::prev(after)->range;
    if (row > range.last_row || col > range.last_col) return {};
    return std::prev(after)->rgb;
}

namespace {

// Sorts items by (row, col) of place(item), keeping the last of several items at one place.
template <class T, class Place>
void sort_unique(std::vector<T>& items, Place place) {
    auto before = [&](const T& a, const T& b) { return place(a) < place(b); };
    // Readers mostly give items in order and once each: then there is nothing to move.
    if (std::adjacent_find(items.begin(), items.end(), [&](const T& a, const T& b) { return !before(a, b); }) ==
        items.end())
        return;
    std::stable_sort(items.begin(), items.end(), before);
    std::vector<T> unique;
    unique.reserve(items.size());
    for (auto& item : items) {
        if (!unique.empty() && place(unique.back()) == place(item))
            unique.back() = std::move(item);
        else
            unique.push_back(std::move(item));
    }
    items = std::move(unique);
}

}  // namespace

void sheet::finish() {
    sort_unique(cells, [](const cell& c) { return std::pair{c.row, c.col}; });
    sort_unique(fills, [](const fill_range& f) { return std::pair{f.range.first_row, f.range.first_col}; });
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

std::optional<cell_range> parse_range(std::string_view ref) {
    auto colon = ref.find(':');
    auto first = parse_a1(ref.substr(0, colon));
    if (!first) return std::nullopt;
    auto last = colon == std::string_view::npos ? first : parse_a1(ref.substr(colon + 1));
    if (!last) return std::nullopt;
    return cell_range{std::min(first->first, last->first), std::min(first->second, last->second),
                      std::max(first->first, last->first), std::max(first->second, last->second)};
}

namespace {

// fraction as a percentage, rounded to a millionth of a percent first, so that 0.145
// (14.499999... after the product) shows 15 % as the office programs show it.
double percentage_of(double fraction) { return std::round(fraction * 100 * 1e6) / 1e6; }

}  // namespace

std::string percent_text(double fraction, std::uint8_t decimals) {
    static constexpr double scales[max_percent_decimals + 1] = {1, 10, 100};
    decimals = std::min(decimals, max_percent_decimals);
    long long units = std::llround(percentage_of(fraction) * scales[decimals]);
    std::string digits = std::to_string(units < 0 ? -units : units);
    if (decimals > 0) {
        if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
        digits.insert(digits.size() - decimals, ",");
    }
    return (units < 0 ? "-" : "") + digits + " %";
}

std::uint8_t percent_decimals(double fraction) {
    long long hundredths = std::llround(percentage_of(fraction) * 100);
    if (hundredths % 100 == 0) return 0;
    return hundredths % 10 == 0 ? 1 : 2;
}

namespace {

// The most letters a column's name has: 7 for any uint32_t column.
constexpr std::size_t max_column_letters = 7;

// Writes the letters of col's name so that they end at end (room for max_column_letters before it) and
// returns where they begin.
char* column_letters(std::uint32_t col, char* end) {
    std::uint64_t n = static_cast<std::uint64_t>(col) + 1;
    char* at = end;
    while (n > 0) {
        *--at = static_cast<char>('A' + (n - 1) % 26);
        n = (n - 1) / 26;
    }
    return at;
}

}  // namespace

std::string column_name(std::uint32_t col) {
    char letters[max_column_letters];
    char* end = letters + sizeof letters;
    return std::string(column_letters(col, end), end);
}

void append_a1(std::string& out, std::uint32_t row, std::uint32_t col) {
    char place[max_column_letters + std::numeric_limits<std::uint64_t>::digits10 + 1];
    char* letters_end = place + max_column_letters;
    char* first = column_letters(col, letters_end);
    char* end = std::to_chars(letters_end, place + sizeof place, static_cast<std::uint64_t>(row) + 1).ptr;
    out.append(first, end);
}

std::string format_a1(std::uint32_t row, std::uint32_t col) {
    std::string place;
    append_a1(place, row, col);
    return place;
}

std::string format_range(const cell_range& range) {
    return format_a1(range.first_row, range.first_col) + ":" + format_a1(range.last_row, range.last_col);
}

}  // namespace mk
