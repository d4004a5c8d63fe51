#include "src/recognize/follow_up_legend.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

// Whether a row skipped for reason may hold legend lines.
bool reads_as_legend(skip_reason reason) {
    return reason != skip_reason::goal_only && reason != skip_reason::repeated_header && reason != skip_reason::totals;
}

}  // namespace

void read_follow_up_legend(const sheet& s, bool has_table, std::span<const legend_row> beside,
                           std::size_t first_skipped, follow_up& out, status_definitions& legend,
                           std::span<const status_definitions* const> values, sheet_layout& layout) {
    std::vector<legend_row> rows;
    // Where the legend's rows start beside a table (0: the legend has rows of its own); beside is
    // in row order.
    auto beside_from = [&](std::uint32_t row) -> std::uint32_t {
        auto at = std::lower_bound(beside.begin(), beside.end(), row,
                                   [](const legend_row& r, std::uint32_t wanted) { return r.row < wanted; });
        return at != beside.end() && at->row == row ? at->first_col : 0;
    };
    if (has_table) {
        // A row with cells beside the table is read from there (its own part is a perspective, say).
        for (std::size_t i = first_skipped; i < out.skipped.size(); ++i)
            if (reads_as_legend(out.skipped[i].reason) && beside_from(out.skipped[i].row) == 0)
                rows.push_back({out.skipped[i].row, 0});
        rows.insert(rows.end(), beside.begin(), beside.end());
        std::sort(rows.begin(), rows.end(), [](const legend_row& a, const legend_row& b) { return a.row < b.row; });
    } else {
        for (const cell& c : s.cells)
            if (rows.empty() || rows.back().row != c.row) rows.push_back({c.row, 0});
    }
    status_legend found = read_status_legend(s, rows, legend, values);
    if (found.entries.empty()) return;
    // A line between two lines of the legend is part of it, even when it defines nothing new.
    auto [low, high] = std::minmax_element(found.rows.begin(), found.rows.end());
    std::vector<std::uint32_t> inside;
    for (const legend_row& r : rows)
        if (r.row > *low && r.row < *high && std::find(found.rows.begin(), found.rows.end(), r.row) == found.rows.end())
            inside.push_back(r.row);
    found.rows.insert(found.rows.end(), inside.begin(), inside.end());
    std::sort(found.rows.begin(), found.rows.end());
    found.rows.erase(std::unique(found.rows.begin(), found.rows.end()), found.rows.end());
    // A heading of its own above the legend ("Teckenförklaring:"), alone on its row or, above a
    // legend beside a table, alone beside it, is part of it.
    if (std::uint32_t first = found.rows.front(); first > 0) {
        std::uint32_t from = beside_from(first);
        auto heading = std::lower_bound(s.cells.begin(), s.cells.end(), std::pair{first - 1, from},
                                        [](const cell& c, std::pair<std::uint32_t, std::uint32_t> at) {
                                            return c.row < at.first || (c.row == at.first && c.col < at.second);
                                        });
        bool alone = heading != s.cells.end() && heading->row == first - 1 &&
                     (heading + 1 == s.cells.end() || (heading + 1)->row != first - 1);
        if (alone && is_legend_heading(shown_text(*heading))) found.rows.insert(found.rows.begin(), first - 1);
    }
    for (std::uint32_t row : found.rows) {
        layout.legend_rows.insert(row);
        auto skipped = std::find_if(out.skipped.begin() + static_cast<std::ptrdiff_t>(first_skipped), out.skipped.end(),
                                    [&](const skipped_row& r) { return r.row == row; });
        if (skipped != out.skipped.end()) {
            // A row whose own part left of a legend beside it says something (a perspective) keeps
            // what it was skipped as.
            std::uint32_t from = beside_from(row);
            if (from == 0 || skipped->col >= from) skipped->reason = skip_reason::legend;
            continue;
        }
        // A legend beside a table shares its rows with the table's.
        if (has_table) continue;
        auto first = std::lower_bound(s.cells.begin(), s.cells.end(), row,
                                      [](const cell& c, std::uint32_t r) { return c.row < r; });
        out.skipped.push_back({s.name, row, first->col, skip_reason::legend, text::squeeze_spaces(shown_text(*first))});
    }
    out.legends.push_back(std::move(found));
}

}  // namespace mk::recognize
