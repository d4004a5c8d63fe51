#include "src/recognize/cell_accounting.hpp"

#include <iterator>
#include <optional>

#include "src/core/message.hpp"
#include "src/recognize/cell_place.hpp"
#include "src/text/fold.hpp"
#include "src/text/number_text.hpp"

namespace mk::recognize {
namespace {

enum class cell_use : std::uint8_t { used, kept, metadata, note, skipped };

struct decision {
    cell_use use = cell_use::skipped;
    skip_cause cause = skip_cause::outside_table;
};

// Columns whose values a row with a goal and no activity gives its goal: the goal cells and the
// indicator's.
bool is_goal_column(column_role role) {
    return role == column_role::top_goal || role == column_role::goal || role == column_role::sub_goal ||
           role == column_role::perspective || role == column_role::indicator || role == column_role::target ||
           role == column_role::outcome || role == column_role::trend || role == column_role::met;
}

decision in_table_row(const sheet_layout& layout, const sheet_layout::table_row& row, std::uint32_t r,
                      std::uint32_t col) {
    for (const column& c : layout.tables[row.table]) {
        if (c.col != col) continue;
        if (c.role == column_role::extra) return {cell_use::kept, {}};
        if (row.header || row.activity || is_goal_column(c.role)) return {cell_use::used, {}};
        if (kept_on_goal_row(c.role)) return {cell_use::kept, {}};
        return {cell_use::skipped, skip_cause::goal_row_value};
    }
    if (layout.legend_rows.contains(r)) return {cell_use::metadata, {}};
    return {cell_use::skipped, skip_cause::outside_table};
}

// The table rows of a layout found for rows asked in ascending order, as a sheet's cells come: a
// walk along them instead of a search for each of a million cells. A row asked out of order is
// searched for.
class table_row_walk {
public:
    explicit table_row_walk(const sheet_layout& layout) : rows_(layout.table_rows), at_(rows_.begin()) {}

    // The table row of row, null for a row of no table.
    const sheet_layout::table_row* find(std::uint32_t row) {
        if (at_ != rows_.begin() && std::prev(at_)->first >= row) at_ = rows_.lower_bound(row);
        while (at_ != rows_.end() && at_->first < row) ++at_;
        return at_ != rows_.end() && at_->first == row ? &at_->second : nullptr;
    }

private:
    const std::map<std::uint32_t, sheet_layout::table_row>& rows_;
    std::map<std::uint32_t, sheet_layout::table_row>::const_iterator at_;
};

decision decide(const sheet_layout& layout, table_row_walk& table_rows, std::uint32_t row, std::uint32_t col) {
    if (!layout.has_table)
        return layout.legend_rows.contains(row) ? decision{cell_use::metadata, {}}
                                                : decision{cell_use::skipped, skip_cause::no_table};
    if (const sheet_layout::table_row* found = table_rows.find(row)) return in_table_row(layout, *found, row, col);
    if (auto perspective = layout.perspective_rows.find(row); perspective != layout.perspective_rows.end()) {
        if (col == perspective->second) return {cell_use::used, {}};
        return layout.legend_rows.contains(row) ? decision{cell_use::metadata, {}}
                                                : decision{cell_use::skipped, skip_cause::outside_table};
    }
    if (layout.legend_rows.contains(row) || layout.metadata_rows.contains(row)) return {cell_use::metadata, {}};
    if (layout.repeated_header_rows.contains(row)) return {cell_use::skipped, skip_cause::repeated_header};
    if (layout.note_rows.contains(row)) return {cell_use::note, {}};
    return {cell_use::skipped, skip_cause::outside_table};
}

}  // namespace

bool is_filled(const cell& c) { return c.type != cell_type::string || !text::is_blank(c.text); }

std::string_view shown_text(const cell& c, std::string& room) {
    switch (c.type) {
        case cell_type::number: return room = text::number_text(c.number);
        case cell_type::boolean: return c.number != 0 ? "TRUE" : "FALSE";
        default: return c.text;
    }
}

std::string shown_text(const cell& c) {
    std::string room;
    return std::string(shown_text(c, room));
}

void account_sheet(const sheet& s, const sheet_layout& layout, const model::shared_name& file, cell_accounting& out,
                   std::vector<model::statement>& notes) {
    std::optional<std::uint32_t> note_row;
    const model::source_ref sheet_place = model::whole_sheet(file, s.name);
    table_row_walk table_rows(layout);
    for (const cell& c : s.cells) {
        if (!is_filled(c)) continue;
        decision d = decide(layout, table_rows, c.row, c.col);
        switch (d.use) {
            case cell_use::used: ++out.used; break;
            case cell_use::kept: ++out.kept; break;
            case cell_use::metadata: ++out.metadata; break;
            case cell_use::note: {
                ++out.metadata;
                std::string text = text::squeeze_spaces_keep_lines(shown_text(c));
                // The cells of one row make one note ("Postadress | Box 1").
                if (note_row && *note_row == c.row) {
                    notes.back().text += " | " + text;
                    break;
                }
                note_row = c.row;
                notes.push_back({std::move(text), cell_place(sheet_place, c.row, c.col)});
                break;
            }
            case cell_use::skipped:
                out.skipped.push_back({s.name, c.row, c.col, d.cause, text::squeeze_spaces(shown_text(c))});
                break;
        }
    }
}

std::string describe(skip_cause cause) {
    switch (cause) {
        case skip_cause::outside_table:
            return tr("utanför tabellen (ingen rubrik ovanför)", "outside the table (no header above it)").text();
        case skip_cause::repeated_header: return tr("upprepad rubrikrad", "repeated header row").text();
        case skip_cause::no_table: return tr("blad utan uppföljningstabell", "sheet without a follow-up table").text();
        case skip_cause::goal_row_value:
            return tr("värde på en rad med mål men utan aktivitet", "value on a row with a goal and no activity")
                .text();
    }
    return {};
}

}  // namespace mk::recognize
