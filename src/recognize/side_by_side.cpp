#include "src/recognize/side_by_side.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/columns.hpp"

namespace mk::recognize {
namespace {

using row_texts = std::vector<std::pair<std::uint32_t, std::string>>;

// The first columns of the tables whose headers stand on this row, runs of cells separated by
// empty columns; fewer than two when the row holds fewer than two headers.
std::vector<std::uint32_t> header_starts(const row_texts& row) {
    std::vector<std::uint32_t> starts;
    bool has_gap = false;
    for (std::size_t i = 1; i < row.size(); ++i) has_gap = has_gap || row[i].first != row[i - 1].first + 1;
    if (!has_gap) return starts;
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= row.size(); ++i) {
        if (i < row.size() && row[i].first == row[i - 1].first + 1) continue;
        row_texts run(row.begin() + static_cast<std::ptrdiff_t>(begin), row.begin() + static_cast<std::ptrdiff_t>(i));
        if (!recognise_header_row(run).empty()) starts.push_back(run.front().first);
        begin = i;
    }
    return starts;
}

// The first columns of the side-by-side tables of s, from its first row that has two headers.
std::vector<std::uint32_t> table_starts(const sheet& s) {
    row_texts row;
    for (std::size_t i = 0; i < s.cells.size(); ++i) {
        const cell& c = s.cells[i];
        if (is_filled(c)) row.emplace_back(c.col, shown_text(c));
        bool last_of_row = i + 1 == s.cells.size() || s.cells[i + 1].row != c.row;
        if (!last_of_row) continue;
        if (auto starts = header_starts(row); starts.size() >= 2) return starts;
        row.clear();
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
