#include "src/recognize/totals_row.hpp"

#include <algorithm>

#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

constexpr std::string_view totals_words[] = {"summa", "totalt",     "total",      "antal",
                                             "medel", "medelvärde", "genomsnitt", "snitt"};

// A value a formula over the rows above gives: a number, an error, text that starts with one, or the
// formula itself where the file holds no value for it ("=SUM(D5:D10)", as openpyxl writes it).
bool is_figure(const cell& c) {
    switch (c.type) {
        case cell_type::number:
        case cell_type::error: return true;
        case cell_type::string: {
            std::string text = text::squeeze_spaces(c.text);
            if (text.starts_with('=') && text.size() > 1) return true;
            std::size_t digit = text.starts_with('-') || text.starts_with('+') ? 1 : 0;
            return digit < text.size() && text[digit] >= '0' && text[digit] <= '9';
        }
        default: return false;
    }
}

}  // namespace

bool is_totals_word(std::string_view text) {
    // Every row's first cell is asked: most are told apart without folding them.
    constexpr std::size_t longest = std::ranges::max(totals_words, {}, &std::string_view::size).size();
    if (text::surely_folds_longer_than(text, longest)) return false;
    std::string folded = text::fold(text);
    for (std::string_view word : totals_words)
        if (folded == word) return true;
    return false;
}

bool is_totals_row(std::span<const cell* const> cells) {
    if (cells.size() < 2 || cells.front()->type != cell_type::string || !is_totals_word(cells.front()->text))
        return false;
    for (const cell* c : cells.subspan(1))
        if (!is_figure(*c)) return false;
    return true;
}

}  // namespace mk::recognize
