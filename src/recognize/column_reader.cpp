#include "src/recognize/column_reader.hpp"

#include <algorithm>

#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/cell_place.hpp"
#include "src/recognize/goal_text.hpp"
#include "src/recognize/indicators.hpp"
#include "src/recognize/title_block.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

model::value_type value_type_of(const cell& c) {
    switch (c.type) {
        case cell_type::string: return model::value_type::text;
        case cell_type::number: return c.percent ? model::value_type::percent : model::value_type::number;
        case cell_type::boolean: return model::value_type::boolean;
        case cell_type::date: return model::value_type::date;
        case cell_type::error: return model::value_type::error;
    }
    return model::value_type::text;
}

// The cell as a kept field of a row, under its column's header.
model::extra_field extra_of(const column& col, const cell& c) {
    model::extra_field f;
    f.name = text::squeeze_spaces(col.header);
    f.type = value_type_of(c);
    if (c.type == cell_type::boolean)
        f.value = c.number != 0 ? "true" : "false";
    else
        f.value = text::squeeze_spaces_keep_lines(shown_text(c));
    return f;
}

}  // namespace

merge_index::merge_index(const sheet& s) {
    for (const cell_range& m : s.merges)
        for (std::uint32_t col = m.first_col; col <= m.last_col && col < max_cols; ++col) by_col_[col].push_back(m);
    for (auto& [col, list] : by_col_)
        std::sort(list.begin(), list.end(), [](auto& a, auto& b) { return a.first_row < b.first_row; });
}

const cell_range* merge_index::covering(std::uint32_t row, std::uint32_t col) const {
    auto found = by_col_.find(col);
    if (found == by_col_.end()) return nullptr;
    const auto& list = found->second;
    auto it = std::upper_bound(list.begin(), list.end(), row,
                               [](std::uint32_t r, const cell_range& m) { return r < m.first_row; });
    if (it == list.begin()) return nullptr;
    --it;
    return row <= it->last_row ? &*it : nullptr;
}

void column_reader::set(std::vector<column> columns) {
    columns_ = std::move(columns);
    status_.clear();
    for (const column& c : columns_)
        if (c.role == column_role::status) status_.push_back(&c);
    std::stable_sort(status_.begin(), status_.end(),
                     [](const column* a, const column* b) { return a->checkpoint < b->checkpoint; });
}

std::optional<std::uint32_t> column_reader::role_col(column_role role) const {
    for (const column& c : columns_)
        if (c.role == role) return c.col;
    return std::nullopt;
}

const column* column_reader::column_at(std::uint32_t col) const {
    for (const column& c : columns_)
        if (c.col == col) return &c;
    return nullptr;
}

std::string column_reader::value(std::uint32_t row, column_role role, bool follow_merge) const {
    auto col = role_col(role);
    if (!col) return {};
    if (const cell* c = cell_at(row, *col)) return shown_text(*c);
    if (!follow_merge) return {};
    if (const cell_range* m = merges_.covering(row, *col))
        if (const cell* top = sheet_.find(m->first_row, m->first_col)) return shown_text(*top);
    return {};
}

const cell* column_reader::cell_at(std::uint32_t row, std::uint32_t col) const {
    if (row != span_row_ || span_.data() == nullptr) {
        auto [first, last] = std::equal_range(sheet_.cells.begin(), sheet_.cells.end(), row, row_order{});
        span_ = std::span<const cell>(sheet_.cells.data() + (first - sheet_.cells.begin()),
                                      static_cast<std::size_t>(last - first));
        span_row_ = row;
    }
    auto it = std::lower_bound(span_.begin(), span_.end(), col,
                               [](const cell& c, std::uint32_t wanted) { return c.col < wanted; });
    return it != span_.end() && it->col == col ? &*it : nullptr;
}

activity_cells column_reader::activity(std::uint32_t row) const {
    activity_cells a;
    a.text = text::squeeze_spaces_keep_lines(value(row, column_role::activity, false));
    a.extras = extras_of(row, text::is_blank(a.text));
    a.indicator = read_row_indicator(sheet_, row, columns_, sheet_place_);
    std::optional<std::uint32_t> activity_col = role_col(column_role::activity);
    a.source = cell_place(sheet_place_, row, activity_col.value_or(0));
    a.planned = planned_time(value(row, column_role::planned, false));
    a.priority = text::squeeze_spaces_keep_lines(value(row, column_role::priority, false));
    a.unit = text::squeeze_spaces(value(row, column_role::unit, true));
    a.responsible = text::squeeze_spaces(value(row, column_role::responsible, true));
    a.year = first_year(value(row, column_role::year, true));
    // A fill the activity cell has too is the row's formatting, not a status.
    std::string_view row_fill = sheet_.fill_at(row, activity_col.value_or(0));
    a.statuses.reserve(status_.size());
    for (const column* c : status_) {
        const cell* word = cell_at(row, c->col);
        std::string_view fill = sheet_.fill_at(row, c->col);
        a.statuses.push_back({word ? shown_text(*word) : "", fill == row_fill ? "" : fill});
    }
    std::size_t comment_index = 0;
    for (const column& c : columns_) {
        if (c.role != column_role::comment) continue;
        const cell* found = cell_at(row, c.col);
        std::string comment = found ? text::squeeze_spaces_keep_lines(shown_text(*found)) : "";
        if (!comment.empty()) {
            a.comments.resize(comment_index + 1);
            a.comments.back() = std::move(comment);
        }
        ++comment_index;
    }
    return a;
}

std::vector<model::extra_field> column_reader::extras_of(std::uint32_t row, bool goal_row) const {
    std::vector<model::extra_field> out;
    for (const column& c : columns_)
        if (c.role == column_role::extra || (goal_row && kept_on_goal_row(c.role)))
            if (const cell* found = cell_at(row, c.col); found && is_filled(*found)) out.push_back(extra_of(c, *found));
    return out;
}

}  // namespace mk::recognize
