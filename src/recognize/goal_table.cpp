#include "src/recognize/goal_table.hpp"

#include <algorithm>
#include <optional>

#include "src/recognize/columns.hpp"
#include "src/recognize/comment_columns.hpp"
#include "src/recognize/goal_text.hpp"
#include "src/recognize/status_reading.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

bool is_goal_role(column_role role) {
    return role == column_role::top_goal || role == column_role::goal || role == column_role::sub_goal;
}

bool has_role(const std::vector<column>& columns, column_role role) {
    return std::any_of(columns.begin(), columns.end(), [&](const column& c) { return c.role == role; });
}

// The columns of a header row: a follow-up header, or goal columns of at least two levels alone.
std::vector<column> header_columns(const table_row& row) {
    std::vector<std::pair<std::uint32_t, std::string>> cells;
    for (std::size_t col = 0; col < row.cells.size(); ++col)
        if (!row.cells[col].covered) cells.emplace_back(static_cast<std::uint32_t>(col), cell_text(row.cells[col]));
    std::vector<column> columns = recognise_header_row(cells);
    if (!columns.empty()) return columns;
    for (const auto& [col, text] : cells) {
        if (text.empty()) continue;
        auto c = classify_header(text);
        if (!c || !is_goal_role(c->role)) return {};
        c->col = col;
        columns.push_back(std::move(*c));
    }
    int levels = 0;
    for (column_role role : {column_role::top_goal, column_role::goal, column_role::sub_goal})
        levels += has_role(columns, role) ? 1 : 0;
    if (levels < 2) return {};
    // As in a follow-up header, a Mål column beside a Delmål column holds the top goals.
    if (has_role(columns, column_role::sub_goal))
        for (column& c : columns)
            if (c.role == column_role::goal) c.role = column_role::top_goal;
    return columns;
}

// Whether the row is one cell across a table of several columns.
bool is_across(const table_row& row) {
    return row.cells.size() > 1 && !row.cells.front().covered && row.cells.front().col_span >= row.cells.size();
}

// Reads the rows below a goal-chain header.
class table_reader {
public:
    table_reader(const block& table, std::size_t header_row, std::vector<column> columns,
                 const model::source_ref& place, goal_list& goals)
        : table_(table),
          header_row_(header_row),
          columns_(std::move(columns)),
          place_(place),
          goals_(goals),
          origins_(span_origins(table)) {
        ska_ = !has_role(columns_, column_role::activity) && has_role(columns_, column_role::top_goal) &&
               has_role(columns_, column_role::goal);
        for (const column& c : columns_)
            if (c.role == column_role::status) status_cols_.push_back(&c);
        std::stable_sort(status_cols_.begin(), status_cols_.end(),
                         [](const column* a, const column* b) { return a->checkpoint < b->checkpoint; });
        comments_ = comment_columns(columns_, status_cols_);
        for (const column* c : status_cols_)
            for (std::size_t r = header_row + 1; r < table.rows.size(); ++r)
                if (!value(r, c->col, false).empty()) {
                    filled_.push_back(c);
                    break;
                }
        const table_row& header = table.rows[header_row];
        for (std::size_t col = 0; col < header.cells.size(); ++col) {
            std::string label = text::squeeze_spaces(cell_text(header.cells[col]));
            bool known = std::any_of(columns_.begin(), columns_.end(), [&](const column& c) { return c.col == col; });
            if (!known && !label.empty() && !header.cells[col].covered) others_.emplace_back(col, label);
        }
    }

    void run() {
        for (std::size_t r = header_row_ + 1; r < table_.rows.size(); ++r) row(r);
        // Under the last row of goals and activities: the lines that read as notes, and a row across
        // the table with no row under it ("Källa: förvaltningens ledningsgrupp").
        keep_unused_across();
        settle_held(false);
    }

private:
    // For each position, the (row, column) of the cell that holds it: itself, or the spanning cell
    // covering it (the one above or to the left whose span reaches it).
    static std::vector<std::vector<std::pair<std::size_t, std::size_t>>> span_origins(const block& table) {
        std::vector<std::vector<std::pair<std::size_t, std::size_t>>> origins(table.rows.size());
        auto reaches = [&](std::pair<std::size_t, std::size_t> from, std::size_t r, std::size_t c) {
            const table_cell& cell = table.rows[from.first].cells[from.second];
            return from.first + cell.row_span > r && from.second + cell.col_span > c;
        };
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
                std::pair<std::size_t, std::size_t> origin{r, c};
                if (table.rows[r].cells[c].covered) {
                    if (r > 0 && c < origins[r - 1].size() && reaches(origins[r - 1][c], r, c))
                        origin = origins[r - 1][c];
                    else if (c > 0 && reaches(origins[r][c - 1], r, c))
                        origin = origins[r][c - 1];
                }
                origins[r].push_back(origin);
            }
        return origins;
    }

    // The cell holding (row, col): with follow_merge, the cell merged down over it too; a cell
    // merged across from the left gives its text to its own column only.
    std::pair<std::size_t, std::size_t> origin(std::size_t row, std::size_t col, bool follow_merge) const {
        if (col >= origins_[row].size()) return {row, col};
        auto [r, c] = origins_[row][col];
        if (c != col || (r != row && !follow_merge)) return {row, col};
        return {r, c};
    }

    std::string value(std::size_t row, std::size_t col, bool follow_merge) const {
        auto [r, c] = origin(row, col, follow_merge);
        const auto& cells = table_.rows[r].cells;
        return c < cells.size() && !cells[c].covered ? cell_text(cells[c]) : "";
    }

    std::optional<std::uint32_t> role_col(column_role role) const {
        for (const column& c : columns_)
            if (c.role == role) return c.col;
        return std::nullopt;
    }

    std::string value(std::size_t row, column_role role, bool follow_merge) const {
        auto col = role_col(role);
        return col ? value(row, *col, follow_merge) : "";
    }

    model::source_ref where(std::size_t row, std::size_t col) const {
        model::source_ref ref = place_;
        ref.row = static_cast<std::uint32_t>(row + 1);
        ref.column = static_cast<std::uint32_t>(col + 1);
        return ref;
    }

    void row(std::size_t r) {
        bool blank = true;
        std::vector<std::string> texts;
        for (std::size_t col = 0; col < table_.rows[r].cells.size(); ++col) {
            texts.push_back(value(r, col, false));
            blank = blank && texts.back().empty();
        }
        if (blank || is_repeated_header(texts)) return;
        if (is_across(table_.rows[r])) {
            // One cell across the table: a section (a perspective, a focus area) for the rows below.
            keep_unused_across();
            settle_held(false);
            across_row_ = r;
            perspective_ = text::squeeze_spaces(texts.front());
            carried_.clear();
            return;
        }
        std::string text = value(r, column_role::activity, false);
        if (text.empty() && has_role(columns_, column_role::activity) && reads_as_note(texts)) {
            // A note under the table's rows, or a goal when rows of the chain follow (in a table
            // of goals alone, every row is a goal).
            held_.push_back(r);
            return;
        }
        settle_held(true);
        read_row(r, text);
    }

    // The goals of row r and its activity (text); on a row with none, its other cells are notes.
    void read_row(std::size_t r, const std::string& text) {
        std::string goal = goal_chain(r);
        if (!goal.empty() || !text.empty()) across_row_.reset();
        if (!text.empty()) {
            activity(r, text, goal);
            return;
        }
        for (std::size_t col = 0; col < table_.rows[r].cells.size(); ++col) {
            const column* c = column_at(col);
            if (c && (is_goal_role(c->role) || c->role == column_role::perspective)) continue;
            if (std::string kept = value(r, col, false); !kept.empty()) keep(r, col, kept);
        }
    }

    // Whether a row with no activity is one text with a colon or a full stop at its end.
    static bool reads_as_note(const std::vector<std::string>& texts) {
        std::size_t filled = 0;
        std::string one;
        for (const std::string& t : texts)
            if (!t.empty()) {
                ++filled;
                one = text::squeeze_spaces(t);
            }
        return filled == 1 && (one.find(':') != std::string::npos || one.ends_with('.'));
    }

    // The held rows: goals when rows of the chain follow them, else notes.
    void settle_held(bool goals) {
        for (std::size_t r : held_) {
            if (goals) {
                read_row(r, "");
                continue;
            }
            for (std::size_t col = 0; col < table_.rows[r].cells.size(); ++col)
                if (std::string kept = value(r, col, false); !kept.empty()) keep(r, col, kept);
        }
        held_.clear();
    }

    // The row across the table that no goal or activity came under: a note.
    void keep_unused_across() {
        if (across_row_) keep(*across_row_, 0, value(*across_row_, 0, false));
        across_row_.reset();
    }

    void keep(std::size_t r, std::size_t col, const std::string& text) {
        goals_.doc().notes.push_back({text::squeeze_spaces_keep_lines(text), where(r, col)});
    }

    const column* column_at(std::size_t col) const {
        for (const column& c : columns_)
            if (c.col == col) return &c;
        return nullptr;
    }

    bool is_repeated_header(const std::vector<std::string>& texts) const {
        const table_row& header = table_.rows[header_row_];
        if (header.cells.size() != texts.size()) return false;
        for (std::size_t col = 0; col < texts.size(); ++col)
            if (texts[col] != (header.cells[col].covered ? "" : cell_text(header.cells[col]))) return false;
        return true;
    }

    // Finds or adds the goals of row r, top to bottom; returns the lowest one's id (empty: none).
    std::string goal_chain(std::size_t r) {
        constexpr column_role levels[] = {column_role::top_goal, column_role::goal, column_role::sub_goal};
        std::string texts[3];
        for (std::size_t i = 0; i < 3; ++i)
            if (auto col = role_col(levels[i])) texts[i] = value(r, *col, true);
        std::string parent;
        bool higher_changed = false;
        for (std::size_t i = 0; i < 3; ++i) {
            column_role role = levels[i];
            auto col = role_col(role);
            if (!col) continue;
            const std::string& text = texts[i];
            if (text.empty()) {
                // An empty cell carries the goal above it only on a row that names no lower goal
                // either, and not below a goal that is new on this row: a new goal under an empty
                // cell has none at its level (as sk generate writes nämndmål under no KF goal).
                bool lower_named =
                    std::any_of(texts + i + 1, texts + 3, [](const std::string& t) { return !t.empty(); });
                if (higher_changed || lower_named) carried_.erase(role);
                if (auto carried = carried_.find(role); carried != carried_.end()) parent = carried->second;
                continue;
            }
            auto [top, col_of_top] = origin(r, *col, true);
            model::level level = role == column_role::top_goal ? model::level::kf : model::level::namnd;
            parent = goals_.add(level, text, parent, where(top, col_of_top));
            model::goal& g = goals_.at(parent);
            if (ska_ && level == model::level::namnd) g.ska = true;
            if (g.perspective.empty()) {
                std::string perspective = text::squeeze_spaces(value(r, column_role::perspective, true));
                g.perspective = perspective.empty() ? perspective_ : perspective;
            }
            auto previous = carried_.find(role);
            higher_changed = higher_changed || previous == carried_.end() || previous->second != parent;
            carried_[role] = parent;
        }
        return parent;
    }

    void activity(std::size_t r, const std::string& text, const std::string& goal) {
        model::document& doc = goals_.doc();
        model::activity a;
        a.id = "activity-" + std::to_string(doc.activities.size() + 1);
        if (!goal.empty()) a.goal = model::link{goal, model::link_kind::structure, std::nullopt};
        a.text = text;
        a.source = where(r, *role_col(column_role::activity));
        a.responsible = text::squeeze_spaces(value(r, column_role::responsible, true));
        a.unit = text::squeeze_spaces(value(r, column_role::unit, true));
        a.planned = planned_time(value(r, column_role::planned, true));
        a.priority = value(r, column_role::priority, true);
        for (const auto& [col, label] : others_)
            if (std::string kept = value(r, col, false); !kept.empty())
                a.extras.push_back({label, kept, model::value_type::text});
        statuses(r, a);
        doc.activities.push_back(std::move(a));
    }

    // A status report per status column that says something, that other rows fill, or that a
    // comment speaks of; a comment of no status column on the latest one with a word, or on the
    // latest, or on one of its own.
    void statuses(std::size_t r, model::activity& a) const {
        std::vector<std::string> texts;
        for (const comment_column& c : comments_) texts.push_back(value(r, c.col, false));
        row_comments comments = gather_comments(texts, comments_, status_cols_.size());
        std::optional<std::size_t> latest_word;
        for (std::size_t i = 0; i < status_cols_.size(); ++i) {
            const column* c = status_cols_[i];
            status_reading reading = read_status(value(r, c->col, false), "", {});
            bool others_fill = std::count(filled_.begin(), filled_.end(), c) > 0;
            bool missing = !reading.no_status && reading.word.empty() && others_fill;
            if (reading.word.empty() && !missing && comments.by_status[i].empty()) continue;
            model::status_report& report = a.statuses.emplace_back();
            report.checkpoint = c->checkpoint;
            report.label = text::squeeze_spaces(c->header);
            report.source = where(r, c->col);
            report.comment = std::move(comments.by_status[i]);
            if (reading.word.empty()) continue;
            report.word = std::move(reading.word);
            report.value = reading.value;
            report.assumed = reading.assumed;
            latest_word = a.statuses.size() - 1;
        }
        if (comments.rest.empty()) return;
        model::status_report own;
        if (!status_cols_.empty()) {
            own.checkpoint = status_cols_.back()->checkpoint;
            own.label = text::squeeze_spaces(status_cols_.back()->header);
        }
        own.source = where(r, comments.rest_col);
        add_rest_comment(a.statuses, latest_word, comments.rest, std::move(own));
    }

    const block& table_;
    std::size_t header_row_ = 0;
    std::vector<column> columns_;
    const model::source_ref& place_;
    goal_list& goals_;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> origins_;
    bool ska_ = false;
    std::vector<const column*> status_cols_;
    std::vector<comment_column> comments_;
    // The status columns some row fills.
    std::vector<const column*> filled_;
    // The columns with a header that names no role: (column, header).
    std::vector<std::pair<std::size_t, std::string>> others_;
    std::map<column_role, std::string> carried_;
    // The text of the last row with one cell across the table.
    std::string perspective_;
    // That row, until a goal or activity comes under it.
    std::optional<std::size_t> across_row_;
    // Rows that read as notes, until a row of the chain shows they are goals.
    std::vector<std::size_t> held_;
};

}  // namespace

std::string goal_list::add(model::level level, const std::string& raw, const std::string& parent,
                           model::source_ref source) {
    std::string text = text::squeeze_spaces_keep_lines(raw);
    std::string key = std::to_string(static_cast<int>(level)) + "\n" + parent + "\n" + text::fold(text);
    if (auto found = keys_.find(key); found != keys_.end()) return found->second;
    model::goal g;
    g.id = "goal-" + std::to_string(doc_.goals.size() + 1);
    g.level = level;
    if (!parent.empty()) g.parent = model::link{parent, model::link_kind::structure, std::nullopt};
    g.text = text;
    auto split = split_goal_text(text);
    g.name = split.name;
    g.description = split.description;
    g.source = std::move(source);
    keys_.emplace(key, g.id);
    indexes_.emplace(g.id, doc_.goals.size());
    doc_.goals.push_back(std::move(g));
    return doc_.goals.back().id;
}

model::goal& goal_list::at(const std::string& id) { return doc_.goals.at(indexes_.at(id)); }

bool read_goal_table(const block& table, const model::source_ref& place, goal_list& goals) {
    // Title rows, one cell across the table each, may stand above the header row.
    std::size_t header = 0;
    while (header < table.rows.size() && is_across(table.rows[header])) ++header;
    if (header + 1 >= table.rows.size()) return false;
    std::vector<column> columns = header_columns(table.rows[header]);
    if (columns.empty()) return false;
    table_reader(table, header, std::move(columns), place, goals).run();
    return true;
}

}  // namespace mk::recognize
