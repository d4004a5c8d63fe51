#include "src/recognize/side_by_side.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/columns.hpp"

namespace mk::recognize {
namespace {

// A row's filled cells as (column, text), the texts viewed where they are held.
using row_texts = std::vector<std::pair<std::uint32_t, std::string_view>>;

// Whether a row's filled cells, in column order, leave an empty column between two of them.
bool has_gap(const std::vector<const cell*>& row) {
    for (std::size_t i = 1; i < row.size(); ++i)
        if (row[i]->col != row[i - 1]->col + 1) return true;
    return false;
}

// The first columns of the tables whose headers stand on this row, runs of cells separated by
// empty columns; fewer than two when the row holds fewer than two headers.
std::vector<std::uint32_t> header_starts(const row_texts& row, non_header_memo& memo) {
    std::vector<std::uint32_t> starts;
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= row.size(); ++i) {
        if (i < row.size() && row[i].first == row[i - 1].first + 1) continue;
        row_texts run(row.begin() + static_cast<std::ptrdiff_t>(begin), row.begin() + static_cast<std::ptrdiff_t>(i));
        if (!recognise_header_row(run, &memo).empty()) starts.push_back(run.front().first);
        begin = i;
    }
    return starts;
}

// The first columns of the side-by-side tables of s, from its first row that has two headers. Only
// a row with an empty column between its cells can have two, so only such a row's texts are read.
std::vector<std::uint32_t> table_starts(const sheet& s) {
    std::vector<const cell*> filled;
    row_texts row;
    std::vector<std::string> rooms;  // where numbers' texts are made; grown before views are taken
    non_header_memo memo;
    for (std::size_t i = 0; i < s.cells.size(); ++i) {
        const cell& c = s.cells[i];
        if (is_filled(c)) filled.push_back(&c);
        bool last_of_row = i + 1 == s.cells.size() || s.cells[i + 1].row != c.row;
        if (!last_of_row) continue;
        if (has_gap(filled)) {
            if (rooms.size() < filled.size()) rooms.resize(filled.size());
            row.clear();
            for (std::size_t j = 0; j < filled.size(); ++j)
                row.emplace_back(filled[j]->col, shown_text(*filled[j], rooms[j]));
            if (auto starts = header_starts(row, memo); starts.size() >= 2) return starts;
        }
        filled.clear();
    }
    return {};
}

// The part of s in columns [first, last].
sheet piece_of(const sheet& s, std::uint32_t first, std::uint32_t last) {
    sheet out;
    out.name = s.name;
    out.visibility = s.visibility;
    out.hidden_rows = s.hidden_rows;
    out.hidden_cols = s.hidden_cols;
    for (const cell& c : s.cells)
        if (c.col >= first && c.col <= last) out.cells.push_back(c);
    for (const cell_range& m : s.merges)
        if (m.first_col >= first && m.first_col <= last) out.merges.push_back(m);
    for (fill_range f : s.fills) {
        if (f.range.last_col < first || f.range.first_col > last) continue;
        f.range.first_col = std::max(f.range.first_col, first);
        f.range.last_col = std::min(f.range.last_col, last);
        out.fills.push_back(std::move(f));
    }
    out.finish();
    return out;
}

}  // namespace

std::vector<sheet> side_by_side_pieces(const sheet& s) {
    std::vector<std::uint32_t> starts = table_starts(s);
    if (starts.size() < 2) return {};
    std::vector<sheet> pieces;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        std::uint32_t first = i == 0 ? 0 : starts[i];
        std::uint32_t last = i + 1 < starts.size() ? starts[i + 1] - 1 : max_cols - 1;
        pieces.push_back(piece_of(s, first, last));
    }
    return pieces;
}

}  // namespace mk::recognize
