#include "src/recognize/status_legend.hpp"

#include <algorithm>
#include <optional>

#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/colours.hpp"
#include "src/recognize/columns.hpp"
#include "src/text/fold.hpp"
#include "src/text/utf8.hpp"

namespace mk::recognize {
namespace {

using model::status;

// The separators of "KEY = VALUE", the earliest in the text counting.
constexpr std::string_view separators[] = {"=", ":", "\u2013", "\u2014", " - ", "\u2192"};

// Longest word key a legend may define, in bytes and words: an abbreviation or a short word.
constexpr std::size_t max_word_key_bytes = 30;
constexpr std::size_t max_word_key_words = 3;
// Longest cell text read as legend lines, in bytes: longer text is prose.
constexpr std::size_t max_legend_cell_bytes = 500;

// The parts of text between line breaks, ";" and ",".
std::vector<std::string> items_of(std::string_view text) {
    std::vector<std::string> out;
    std::string item;
    for (char c : text) {
        if (c == '\n' || c == ';' || c == ',') {
            out.push_back(text::squeeze_spaces(item));
            item.clear();
        } else {
            item += c;
        }
    }
    out.push_back(text::squeeze_spaces(item));
    return out;
}

// text without the footnote marks and bullets a legend line may start with ("* ", "- ", "• ").
std::string_view without_marks(std::string_view text) {
    while (!text.empty()) {
        if (text.starts_with('*') || text.starts_with("- ") || text.starts_with(' '))
            text.remove_prefix(1);
        else if (text.starts_with("\u2022"))
            text.remove_prefix(std::string_view("\u2022").size());
        else
            break;
    }
    return text;
}

class legend_reader {
public:
    legend_reader(status_legend& out, status_definitions& legend, std::span<const status_definitions* const> values)
        : out_(out), legend_(legend), values_(values) {}

    // Reads the legend entries of one row of cells (in column order).
    void read_row(const sheet& s, std::uint32_t row, std::span<const cell* const> cells) {
        std::size_t before = out_.entries.size();
        for (const cell* c : cells) {
            if (c->type != cell_type::string || c->text.size() > max_legend_cell_bytes) continue;
            bool separated = false;
            for (const std::string& item : items_of(c->text)) separated = read_item(without_marks(item)) || separated;
            if (!separated) read_cell_value(s, *c, cells);
        }
        if (out_.entries.size() == before) return;
        out_.rows.push_back(row);
        cell_range& range = out_.cells;
        bool first = out_.rows.size() == 1;
        range.first_row = first ? row : std::min(range.first_row, row);
        range.last_row = std::max(range.last_row, row);
        range.first_col = first ? cells.front()->col : std::min(range.first_col, cells.front()->col);
        range.last_col = std::max(range.last_col, cells.back()->col);
    }

private:
    // The earliest separator in item: its place (npos for none) and length.
    static std::pair<std::size_t, std::size_t> separator_in(std::string_view item) {
        std::size_t at = std::string_view::npos, length = 0;
        for (std::string_view separator : separators) {
            std::size_t found = item.find(separator);
            if (found < at) {
                at = found;
                length = separator.size();
            }
        }
        return {at, length};
    }

    // Whether item has the form of "KEY = VALUE" or "● VALUE".
    static bool has_form(std::string_view item) {
        return separator_in(item).first != std::string_view::npos || text::symbol_prefix(item) > 0;
    }

    // An item of the forms "KEY = VALUE" or "● VALUE ◐ VALUE"; true when it has one of these forms.
    bool read_item(std::string_view item) {
        auto [at, length] = separator_in(item);
        if (at != std::string_view::npos) {
            std::string key = text::squeeze_spaces(item.substr(0, at));
            std::string value = text::squeeze_spaces(item.substr(at + length));
            // "Teckenförklaring: ● = Genomfört": the key is a label of the entry that follows.
            if (!value.empty() && has_form(value)) return read_item(value);
            if (key.empty() || value.empty()) return false;
            if (auto meaning = value_status(value, !key_light(key) && !is_symbols(key)))
                define(key, *meaning);
            else if (auto reversed = value_status(key, false); reversed && key_light(value))
                define(value, *reversed);
            return true;
        }
        if (text::symbol_prefix(item) == 0) return false;
        // Symbols, each followed by what it means.
        while (!item.empty()) {
            std::size_t symbols = text::symbol_prefix(item);
            std::string_view rest = item.substr(symbols);
            std::size_t next = 0;
            while (next < rest.size() && text::symbol_prefix(rest.substr(next)) == 0) text::next_code_point(rest, next);
            std::string key = text::squeeze_spaces(item.substr(0, symbols));
            if (symbols == 0 || key.empty()) break;
            if (auto meaning = value_status(rest.substr(0, next), false)) define(key, *meaning);
            item = rest.substr(next);
        }
        return true;
    }

    // A cell whose whole text is a value: its fill's light, or the key beside it, means that value;
    // unknown words listed with known ones ("Klart / Färdigställt") mean what those mean. A fill
    // that another cell of the row (row, in column order) has too is the row's look (a header row
    // filled through), no key.
    void read_cell_value(const sheet& s, const cell& c, std::span<const cell* const> row) {
        std::optional<status> meaning = value_status(c.text, false);
        if (!meaning) {
            extend_list(c.text);
            return;
        }
        std::string_view fill = s.fill_at(c.row, c.col);
        auto shared = [&] {
            return std::any_of(row.begin(), row.end(), [&](const cell* other) {
                return other != &c && s.fill_at(other->row, other->col) == fill;
            });
        };
        if (!fill.empty() && light_of_fill(fill) && !shared()) define("#" + std::string(fill), *meaning);
        if (c.col == 0) return;
        if (const cell* left = s.find(c.row, c.col - 1)) {
            if (left->type == cell_type::string && (key_light(left->text) || is_symbols(left->text)))
                define(left->text, *meaning);
        } else if (std::string_view key = s.fill_at(c.row, c.col - 1); !key.empty() && light_of_fill(key)) {
            define("#" + std::string(key), *meaning);
        }
    }

    void extend_list(std::string_view text) {
        if (text.find('/') == std::string_view::npos) return;
        std::optional<status> known;
        std::vector<std::string> unknown;
        std::string_view rest = text;
        while (true) {
            std::size_t slash = rest.find('/');
            std::string part = text::squeeze_spaces(rest.substr(0, slash));
            if (auto meaning = value_status(part, true)) {
                if (known && *known != *meaning) return;
                known = meaning;
            } else if (is_word_key(part)) {
                unknown.push_back(part);
            } else {
                return;
            }
            if (slash == std::string_view::npos) break;
            rest.remove_prefix(slash + 1);
        }
        if (!known) return;
        for (const std::string& word : unknown) define(word, *known);
    }

    std::optional<status> value_status(std::string_view value, bool whole_words) const {
        return phrase_status(value, values_, whole_words);
    }

    static bool is_symbols(std::string_view text) {
        std::string squeezed = text::squeeze_spaces(text);
        return !squeezed.empty() && text::symbol_prefix(squeezed) == squeezed.size();
    }

    // A word a legend may define: short, unknown to the vocabulary, and no column header or label
    // of one ("Status delår").
    static bool is_word_key(std::string_view key) {
        std::vector<std::string> words = text::tokens(key);
        return !words.empty() && key.size() <= max_word_key_bytes && words.size() <= max_word_key_words &&
               words.front() != "status" && !model::find_status_word(key) && !classify_header(key);
    }

    void define(std::string_view key, status value) {
        if (!key_light(key) && !is_symbols(key) && !is_word_key(key)) return;
        if (legend_.define(key, value)) out_.entries.emplace_back(text::squeeze_spaces(key), value);
    }

    status_legend& out_;
    status_definitions& legend_;
    std::span<const status_definitions* const> values_;
};

}  // namespace

status_legend read_status_legend(const sheet& s, std::span<const legend_row> rows, status_definitions& legend,
                                 std::span<const status_definitions* const> values) {
    status_legend out;
    out.sheet = s.name;
    legend_reader reader(out, legend, values);
    auto next = s.cells.begin();
    std::vector<const cell*> row_cells;
    for (const legend_row& row : rows) {
        next = std::lower_bound(next, s.cells.end(), row.row, [](const cell& c, std::uint32_t r) { return c.row < r; });
        row_cells.clear();
        for (auto it = next; it != s.cells.end() && it->row == row.row; ++it)
            if (it->col >= row.first_col) row_cells.push_back(&*it);
        if (!row_cells.empty()) reader.read_row(s, row.row, row_cells);
    }
    return out;
}

bool is_fill_beside_word(const sheet& s, std::span<const cell* const> cells,
                         std::span<const status_definitions* const> values) {
    if (cells.size() != 1) return false;
    const cell& word = *cells.front();
    if (word.type != cell_type::string || word.col == 0) return false;
    if (const cell* left = s.find(word.row, word.col - 1); left && is_filled(*left)) return false;
    // The same fill behind the word too is the row's formatting (striped rows), not a key.
    std::string_view fill = s.fill_at(word.row, word.col - 1);
    return !fill.empty() && fill != s.fill_at(word.row, word.col) && light_of_fill(fill) &&
           phrase_status(word.text, values);
}

bool is_legend_heading(std::string_view text) {
    std::string folded = text::fold(text);
    for (std::string_view heading : {"teckenförklaring", "förklaring", "färgförklaring"})
        if (folded == heading || folded == std::string(heading) + " status" ||
            folded == std::string(heading) + " till status")
            return true;
    return false;
}

}  // namespace mk::recognize
