#include "src/recognize/follow_up.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/made_ahead.hpp"
#include "src/recognize/cell_place.hpp"
#include "src/recognize/column_reader.hpp"
#include "src/recognize/columns.hpp"
#include "src/recognize/follow_up_legend.hpp"
#include "src/recognize/follow_up_units.hpp"
#include "src/recognize/goal_text.hpp"
#include "src/recognize/side_by_side.hpp"
#include "src/recognize/title_block.hpp"
#include "src/recognize/totals_row.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

// The header row's columns: the recognised ones, and every other header cell of the table (between
// them, or next to them with no empty column between) as an extra column.
std::vector<column> with_extra_columns(std::vector<column> recognised,
                                       const std::vector<std::pair<std::uint32_t, std::string_view>>& texts) {
    std::uint32_t first = recognised.front().col, last = recognised.front().col;
    for (const column& c : recognised) first = std::min(first, c.col), last = std::max(last, c.col);
    for (auto it = texts.begin(); it != texts.end(); ++it)
        if (it->first == last + 1) last = it->first;
    for (auto it = texts.rbegin(); it != texts.rend(); ++it)
        if (it->first + 1 == first) first = it->first;
    std::vector<column> out;
    for (const auto& [col, text] : texts) {
        if (col < first || col > last) continue;
        auto known =
            std::find_if(recognised.begin(), recognised.end(), [at = col](const column& c) { return c.col == at; });
        if (known != recognised.end()) {
            out.push_back(std::move(*known));
            continue;
        }
        column extra;
        extra.col = col;
        extra.role = column_role::extra;
        extra.header = text;
        out.push_back(std::move(extra));
    }
    return out;
}

struct row_cells {
    std::uint32_t row = 0;
    std::span<const cell* const> cells;  // non-empty, in column order
};

// What a row says that depends on the row and the header above it alone, worked out on a second
// core ahead of the reader, which keeps the state of the rows before.
struct row_reading {
    // The columns the row names when it is a header row, its extra columns and unit column named.
    std::vector<column> header;
    // The second row of a two-row header: the texts under the header's merged cells ("Status" over
    // "Delår 1 | Delår 2 | Bokslut"), read into the header above.
    bool sub_header = false;
    // Below a header: the index of the header's row, and what the row says as an activity under it.
    std::optional<std::size_t> header_row;
    activity_cells activity;
};

// Rows read ahead of the one in use at most.
constexpr std::size_t rows_ahead = 1024;

// Reads the follow-up tables of one sheet into the shared result.
// What the sheets of one file share while they are read.
struct file_state {
    std::map<std::string, std::string> goal_keys;
    // Every activity row's status cells, read once the file's legends are known, and their tables.
    std::vector<status_row> statuses;
    std::vector<status_table> tables;
};

class sheet_reader {
public:
    sheet_reader(const sheet& s, const model::shared_name& file, follow_up& out, file_state& state,
                 const unit_rule& units, std::span<const status_definitions* const> values)
        : sheet_(s),
          file_(file),
          out_(out),
          goal_keys_(state.goal_keys),
          state_(state),
          units_(units),
          values_(values),
          merges_(s),
          sheet_place_(model::whole_sheet(file, s.name)) {}

    // Whether the sheet held at least one follow-up table.
    bool run() {
        // The non-blank cells in one list, each row a span of it (a million cells: no list per row).
        filled_.reserve(sheet_.cells.size());
        for (const cell& c : sheet_.cells)
            if (c.type != cell_type::string || !text::is_blank(c.text)) filled_.push_back(&c);
        std::vector<row_cells> rows;
        for (std::size_t i = 0, first = 0; i < filled_.size(); ++i)
            if (i + 1 == filled_.size() || filled_[i + 1]->row != filled_[i]->row) {
                rows.push_back({filled_[i]->row, std::span(filled_).subspan(first, i + 1 - first)});
                first = i + 1;
            }
        // Each row makes at most one activity: room made once, not by doubling.
        out_.doc.activities.reserve(out_.doc.activities.size() + rows.size());
        // What each row says as a header, and as an activity under the header above it, worked out
        // on a second core ahead of the rows' reading.
        non_header_memo non_headers;
        std::vector<std::string> rooms;
        std::vector<std::pair<std::uint32_t, std::string_view>> texts;
        column_reader ahead(sheet_, merges_, sheet_place_);
        std::optional<std::size_t> ahead_header, sub_header;
        made_ahead<row_reading> readings(rows.size(), rows_ahead, [&](std::size_t i) {
            row_reading reading;
            if (sub_header == i) {
                reading.sub_header = true;
                return reading;
            }
            reading.header = recognise_header_row(row_texts(rows[i], rooms, texts), &non_headers);
            if (!reading.header.empty()) {
                reading.header = with_extra_columns(std::move(reading.header), texts);
                if (i + 1 < rows.size())
                    if (auto two_rows = with_sub_header(reading.header, rows[i], rows[i + 1])) {
                        reading.header = std::move(*two_rows);
                        sub_header = i + 1;
                    }
                if (units_.from == unit_rule::source::column) name_unit_column(reading.header);
                ahead.set(reading.header);
                ahead_header = i;
            } else if (ahead_header) {
                reading.header_row = ahead_header;
                reading.activity = ahead.activity(rows[i].row);
            }
            return reading;
        });
        std::optional<std::uint32_t> previous;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const row_cells& r = rows[i];
            if (had_table_ && previous)
                for (std::uint32_t gap = *previous + 1; gap < r.row; ++gap) skip(gap, skip_reason::empty, "");
            previous = r.row;
            handle_row(r, i, readings.take(i));
        }
        if (had_table_)
            resolve_pending_under_table();
        else
            for (const row_cells& p : pending_) skip(p.row, skip_reason::title, first_text(p));
        if (!had_table_) {
            // Not a follow-up sheet: its rows are neither skipped nor read.
            out_.skipped.resize(skipped_mark_);
        }
        layout_.has_table = had_table_;
        std::stable_sort(out_.skipped.begin() + static_cast<std::ptrdiff_t>(skipped_mark_), out_.skipped.end(),
                         [](const skipped_row& a, const skipped_row& b) { return a.row < b.row; });
        return had_table_;
    }

    // The rows of the sheet's tables with cells beyond an empty column after the table's last
    // column, in row order: where a legend beside the table may be.
    const std::vector<legend_row>& beside_tables() const { return beside_; }

    // What the reader found where, for accounting the sheet's cells.
    sheet_layout& layout() { return layout_; }

private:
    // The texts of the row's cells by column: views of the cells' texts, or of rooms for numbers
    // (rooms only grows, so none moves).
    static const std::vector<std::pair<std::uint32_t, std::string_view>>& row_texts(
        const row_cells& r, std::vector<std::string>& rooms,
        std::vector<std::pair<std::uint32_t, std::string_view>>& texts) {
        if (rooms.size() < r.cells.size()) rooms.resize(r.cells.size());
        texts.clear();
        for (std::size_t i = 0; i < r.cells.size(); ++i)
            texts.emplace_back(r.cells[i]->col, shown_text(*r.cells[i], rooms[i]));
        return texts;
    }

    // The header with the row below it read in, when that row is the second row of a two-row
    // header: its every cell stands under a Status or Utfall header cell merged across columns, and
    // names a status or outcome column with that header's text before its own ("Status" over
    // "Delår 1 | Delår 2 | Bokslut", "Utfall" over "2022 | 2023"). Otherwise nullopt.
    std::optional<std::vector<column>> with_sub_header(const std::vector<column>& header, const row_cells& top,
                                                       const row_cells& below) const {
        if (below.row != top.row + 1) return std::nullopt;
        std::vector<column> out;
        std::size_t read_in = 0;
        for (const column& c : header) {
            const cell_range* m = c.role == column_role::status || c.role == column_role::outcome
                                      ? merges_.covering(top.row, c.col)
                                      : nullptr;
            std::size_t before = out.size();
            if (m && m->first_row == top.row && m->last_row == top.row && m->first_col == c.col && m->last_col > c.col)
                for (const cell* sub : below.cells) {
                    if (sub->col < m->first_col || sub->col > m->last_col) continue;
                    std::optional<column> named = classify_header(c.header + " " + shown_text(*sub));
                    if (!named || named->role != c.role) return std::nullopt;
                    named->col = sub->col;
                    out.push_back(std::move(*named));
                }
            if (out.size() == before)
                out.push_back(c);
            else
                read_in += out.size() - before;
        }
        // Every cell of the row below stands under such a header cell (rows hold at least one cell).
        if (read_in != below.cells.size()) return std::nullopt;
        return out;
    }

    // Reads the row, the index-th of the sheet, given what it says read ahead.
    void handle_row(const row_cells& r, std::size_t index, row_reading reading) {
        if (reading.sub_header) {
            // The second row of the header above, or of a header repeated after a page break.
            if (had_table_ && columns_from_ && *columns_from_ + 1 == index)
                layout_.table_rows[r.row] = {layout_.tables.size() - 1, true, false};
            else
                skip(r.row, skip_reason::repeated_header, first_text(r));
            return;
        }
        if (!reading.header.empty()) {
            start_table(r, index, std::move(reading.header));
            note_beside(r);
            return;
        }
        if (had_table_) note_beside(r);
        if (!had_table_) {
            title_rows_.push_back({});
            title_row_numbers_.push_back(r.row);
            for (auto& [col, text] : row_texts(r, rooms_, texts_)) title_rows_.back().emplace_back(text);
            if (r.cells.size() == 1) {
                pending_.push_back(r);
            } else {
                skip(r.row, skip_reason::title, first_text(r));
            }
            return;
        }
        std::string activity = columns_.value(r.row, column_role::activity, false);
        if (starts_with_footnote(r) || starts_legend(r)) in_footnotes_ = true;
        if (in_footnotes_) {
            // Below the first footnote mark ("* Status delår:") or legend only footnotes and legend
            // lines follow, up to a header.
            resolve_pending_under_table();
            skip(r.row, skip_reason::footnote, first_text(r));
            return;
        }
        if (is_totals_row(r.cells)) {
            resolve_pending_before_data();
            skip(r.row, skip_reason::totals, first_text(r));
            return;
        }
        if (text::is_blank(activity) && cells_in_table(r) == 1) {
            pending_.push_back(r);
            return;
        }
        if (text::is_blank(activity) && !has_goal_text(r.row) && !names_indicator_of_goal_above(r.row)) {
            resolve_pending_before_data();
            skip(r.row, skip_reason::footnote, first_text(r));
            return;
        }
        resolve_pending_before_data();
        // Read ahead under the table's header, or under a repeated header the table did not take.
        data_row(r.row, activity,
                 reading.header_row && reading.header_row == columns_from_ ? std::move(reading.activity)
                                                                           : columns_.activity(r.row));
    }

    void note_beside(const row_cells& r) {
        if (r.cells.back()->col >= beside_column()) beside_.push_back({r.row, beside_column()});
    }

    // The first column beside the table: right of its last column and one empty column.
    std::uint32_t beside_column() const {
        std::uint32_t last = 0;
        for (const column& c : columns_.list()) last = std::max(last, c.col);
        return last + 2;
    }

    // How many of the row's cells stand in the table's part of it, not beside it (a legend there).
    std::size_t cells_in_table(const row_cells& r) const {
        std::uint32_t beside = beside_column();
        return static_cast<std::size_t>(
            std::count_if(r.cells.begin(), r.cells.end(), [&](const cell* c) { return c->col < beside; }));
    }

    // Starts the table under the header of the index-th row.
    void start_table(const row_cells& r, std::size_t index, std::vector<column> header) {
        // The same header again with no line above it is a header repeated after a page break;
        // with a title or a perspective above it, it starts a table of its own.
        if (had_table_ && same_header(header) && pending_.empty()) {
            resolve_pending_before_data();
            skip(r.row, skip_reason::repeated_header, first_text(r));
            return;
        }
        layout_.tables.push_back(header);
        layout_.table_rows[r.row] = {layout_.tables.size() - 1, true, false};
        say_synonyms(header);
        table_year_ = year_of_table(header);
        if (!had_table_) {
            std::vector<bool> held = read_title_block(title_rows_, out_.doc.metadata);
            for (std::size_t i = 0; i < held.size(); ++i)
                if (held[i]) layout_.metadata_rows.insert(title_row_numbers_[i]);
            read_title_unit();
            // The latest year the header's columns end with ("Status 2022 | Status 2023": 2023), when
            // the title block named none.
            if (!out_.doc.metadata.year) {
                int latest = 0;
                for (const column& c : header) {
                    auto words = text::tokens(c.header);
                    if (!words.empty()) latest = std::max(latest, first_year(words.back()));
                }
                if (latest) out_.doc.metadata.year = latest;
            }
        }
        // Single-cell rows above a header: between tables, a unit's line names the table's unit; the
        // last names the perspective when it is a perspective's name, or, between tables, when it is short.
        section_unit_ = {};
        for (std::size_t i = 0; i < pending_.size(); ++i) {
            const row_cells& p = pending_[i];
            std::string text = first_text(p);
            if (had_table_ && read_section_unit(p.row, text)) continue;
            bool last = i + 1 == pending_.size();
            // Above the first table a short line is the table's title, not a perspective; so is a
            // line that names a year ("Uppföljning 2018").
            bool short_section =
                had_table_ && text::tokens(text).size() <= 5 && r.row - p.row <= 2 && !first_year(text);
            if (last && (is_perspective_name(text) || short_section)) {
                perspective_ = text::squeeze_spaces(text);
                skip(p.row, skip_reason::section, text);
                mark_perspective(p);
            } else {
                skip(p.row, skip_reason::title, text);
            }
        }
        pending_.clear();
        in_footnotes_ = false;
        last_table_row_ = r.row;
        columns_.set(std::move(header));
        columns_from_ = index;
        carried_.clear();
        had_table_ = true;
        table_ = state_.tables.size();
        status_table& table = state_.tables.emplace_back();
        table.sheet_place = sheet_place_;
        for (const column* c : columns_.status_columns())
            table.columns.push_back({c->checkpoint, text::squeeze_spaces(c->header), c->col, c->year});
        table.comments = comment_columns(columns_.list(), columns_.status_columns());
    }

    // The year a new table reports on: from the lines above it (the title block above a sheet's
    // first table), from its headers ("Status 2019"), from the sheet's name, or the table's before.
    std::optional<int> year_of_table(const std::vector<column>& header) const {
        int year = 0;
        if (!had_table_) {
            for (const auto& row : title_rows_)
                for (const std::string& text : row)
                    if (!year) year = first_year(text);
        } else {
            for (const row_cells& p : pending_)
                if (int found = first_year(first_text(p))) year = found;
        }
        for (const column& c : header) {
            auto words = text::tokens(c.header);
            if (!year && !words.empty()) year = first_year(words.back());
        }
        if (!year) year = first_year(sheet_.name);
        if (year) return year;
        return had_table_ ? table_year_ : out_.doc.metadata.year;
    }

    // Single-cell rows under a table's last row, with nothing but footnotes below them: those in a
    // goal column right under the table, no empty row between, are goals with no activity ("Hållbar
    // ekonomi" as the last nämndmål) unless they read as a note (a colon, "Källa: …", or a full stop
    // at the end); the others are footnotes.
    void resolve_pending_under_table() {
        bool under_table = true;
        std::uint32_t next = last_table_row_ + 1;
        for (const row_cells& p : pending_) {
            std::string text = first_text(p);
            std::string squeezed = text::squeeze_spaces(text);
            const column* col = columns_.column_at(p.cells.front()->col);
            under_table = under_table && p.row == next && col && is_goal_role(col->role) &&
                          !is_perspective_name(text) && squeezed.find(':') == std::string::npos &&
                          !squeezed.ends_with('.');
            if (under_table) {
                goal_chain(p.row);
                skip(p.row, skip_reason::goal_only, text);
                next = p.row + 1;
            } else {
                skip(p.row, skip_reason::footnote, text);
            }
        }
        pending_.clear();
    }

    // Single-cell rows between data rows: a unit's line, a perspective name, or a goal with no activity.
    void resolve_pending_before_data() {
        for (const row_cells& p : pending_) {
            std::string text = first_text(p);
            const column* col = columns_.column_at(p.cells.front()->col);
            if (read_section_unit(p.row, text)) continue;
            if (is_perspective_name(text)) {
                perspective_ = text::squeeze_spaces(text);
                carried_.clear();
                skip(p.row, skip_reason::section, text);
                mark_perspective(p);
            } else if (col && is_goal_role(col->role)) {
                goal_chain(p.row);
                skip(p.row, skip_reason::goal_only, text);
            } else {
                skip(p.row, skip_reason::section, text);
            }
        }
        pending_.clear();
    }

    void data_row(std::uint32_t row, const std::string& activity_text, activity_cells cells) {
        last_table_row_ = row;
        std::optional<std::string> goal_id = goal_chain(row);
        if (text::is_blank(activity_text)) {
            // A row of the goal above that names only an indicator is listed by the indicator's name.
            std::string said = first_goal_text(row);
            if (said.empty() && cells.indicator) said = cells.indicator->name;
            if (goal_id) keep_on_goal(*goal_id, std::move(cells.extras));
            auto& goals = out_.doc.goals;
            auto goal = std::find_if(goals.begin(), goals.end(), [&](const model::goal& g) { return g.id == goal_id; });
            if (cells.indicator && goal != goals.end()) goal->indicators.push_back(std::move(*cells.indicator));
            skip(row, skip_reason::goal_only, said);
            return;
        }
        layout_.table_rows[row] = {layout_.tables.size() - 1, false, true};
        const std::size_t index = out_.doc.activities.size();
        model::activity& a = out_.doc.activities.emplace_back();  // made in place: an activity is large
        a.id = "activity-" + std::to_string(index + 1);
        if (goal_id) a.goal = model::link{*goal_id, model::link_kind::structure, std::nullopt};
        a.text = std::move(cells.text);
        a.source = std::move(cells.source);
        a.planned = std::move(cells.planned);
        a.priority = std::move(cells.priority);
        if (cells.indicator) a.indicators.push_back(std::move(*cells.indicator));
        // A row's own unit wins over the line naming the unit of its rows; that line's unit, when
        // another, is kept as a field of the row under the line's label ("Skola: Västerskolan" above
        // a row whose Ansvarig enhet is Elevhälsan).
        const named_unit& line_unit = !section_unit_.name.empty() ? section_unit_ : title_unit_;
        if (!cells.unit.empty() && !line_unit.name.empty() && cells.unit != line_unit.name)
            cells.extras.insert(cells.extras.begin(), {line_unit.label, line_unit.name, model::value_type::text});
        a.unit = !cells.unit.empty() ? std::move(cells.unit) : line_unit.name;
        a.responsible = std::move(cells.responsible);
        a.year = cells.year ? std::optional<int>(cells.year) : table_year_;
        a.extras = std::move(cells.extras);
        state_.statuses.push_back({index, table_, row, std::move(cells.statuses), std::move(cells.comments)});
    }

    // The column with the header the user named is the unit column, whatever its header says.
    void name_unit_column(std::vector<column>& header) const {
        std::string wanted = text::fold(units_.column);
        for (column& c : header)
            if (c.role == column_role::unit && text::fold(c.header) != wanted) c.role = column_role::extra;
        for (column& c : header)
            if (text::fold(c.header) == wanted) c.role = column_role::unit;
    }

    // The columns of a table read by a synonym, each once per sheet.
    void say_synonyms(const std::vector<column>& header) {
        auto& said = out_.doc.metadata.assumptions;
        for (const column& c : header) {
            if (!read_by_synonym(c)) continue;
            model::assumption a{model::assumption_kind::column_synonym, file_, sheet_.name,
                                text::squeeze_spaces(c.header), std::string(role_token(c.role))};
            if (std::find(said.begin(), said.end(), a) == said.end()) said.push_back(std::move(a));
        }
    }

    // A title-block row "Enhet | Skola A" or "Skola: Skola A" (any unit column's header as its
    // label) names the unit of the sheet's rows that name none of their own.
    void read_title_unit() {
        for (std::size_t i = 0; i < title_rows_.size(); ++i) {
            auto unit = unit_named_by_title_row(title_rows_[i]);
            if (!unit) continue;
            title_unit_ = std::move(*unit);
            say_unit_line(title_row_numbers_[i], title_unit_.name);
        }
    }

    // A line of its own (at row, its text) between a sheet's tables or rows that names a unit
    // ("Skola: Skola B"): the unit of the rows below it that name none of their own, up to the next
    // such line or table.
    bool read_section_unit(std::uint32_t row, const std::string& text) {
        auto unit = unit_named_by_line(text);
        if (!unit) return false;
        section_unit_ = std::move(*unit);
        say_unit_line(row, section_unit_.name);
        return true;
    }

    // The line of row names unit: its cells are the sheet's metadata, and the summary says so once.
    void say_unit_line(std::uint32_t row, const std::string& unit) {
        layout_.metadata_rows.insert(row);
        model::assumption a{model::assumption_kind::unit_from_title, file_, sheet_.name, unit, ""};
        auto& said = out_.doc.metadata.assumptions;
        if (std::find(said.begin(), said.end(), a) == said.end()) said.push_back(std::move(a));
    }

    // Adds the fields to the goal with this id, each once.
    void keep_on_goal(const std::string& id, std::vector<model::extra_field> extras) {
        for (model::goal& g : out_.doc.goals) {
            if (g.id != id) continue;
            for (model::extra_field& f : extras)
                if (std::find(g.extras.begin(), g.extras.end(), f) == g.extras.end()) g.extras.push_back(std::move(f));
            return;
        }
    }

    // Creates (or finds) the goals named on this row, top to bottom; returns the lowest one's id.
    std::optional<std::string> goal_chain(std::uint32_t row) {
        std::optional<std::string> parent;
        bool higher_changed = false;
        for (column_role role : {column_role::top_goal, column_role::goal, column_role::sub_goal}) {
            auto col = columns_.role_col(role);
            if (!col) continue;
            std::string text = columns_.value(row, role, true);
            if (text::is_blank(text)) {
                // Below a goal that is new on this row, a blank cell carries no goal of the one before.
                if (higher_changed) carried_.erase(role);
                auto carried = carried_.find(role);
                if (carried == carried_.end()) continue;
                parent = carried->second;
                continue;
            }
            parent = ensure_goal(role, text, parent, row, *col);
            auto previous = carried_.find(role);
            higher_changed = higher_changed || previous == carried_.end() || previous->second != *parent;
            carried_[role] = *parent;
        }
        return parent;
    }

    // The id of the goal of role named on this row by text under parent, made when it is new.
    std::string ensure_goal(column_role role, const std::string& text, const std::optional<std::string>& parent,
                            std::uint32_t row, std::uint32_t col) {
        named_goal& last = last_goals_[role];
        if (!last.id.empty() && last.text == text && last.parent == parent) return last.id;
        last = {text, parent, goal_id(role, text, parent, row, col)};
        return last.id;
    }

    // The id of the goal of role with this text under parent: the one made for an earlier row of the
    // file when it folds the same, or a new one made for this row.
    std::string goal_id(column_role role, const std::string& text, const std::optional<std::string>& parent,
                        std::uint32_t row, std::uint32_t col) {
        model::level level = role == column_role::top_goal ? model::level::kf : model::level::namnd;
        std::string key = std::to_string(static_cast<int>(level)) + "\n" + parent.value_or("") + "\n" + folded(text);
        if (auto found = goal_keys_.find(key); found != goal_keys_.end()) return found->second;
        model::goal g;
        g.id = "goal-" + std::to_string(out_.doc.goals.size() + 1);
        g.level = level;
        if (parent) g.parent = model::link{*parent, model::link_kind::structure, std::nullopt};
        g.text = text::squeeze_spaces_keep_lines(text);
        auto split = split_goal_text(g.text);
        g.name = split.name;
        g.description = split.description;
        g.perspective = perspective_;
        if (auto p = columns_.value(row, column_role::perspective, true); !text::is_blank(p))
            g.perspective = text::squeeze_spaces(p);
        const cell_range* merged = merges_.covering(row, col);
        g.source = where(merged ? merged->first_row : row, col);
        goal_keys_.emplace(key, g.id);
        out_.doc.goals.push_back(std::move(g));
        return out_.doc.goals.back().id;
    }

    // text::fold(text), computed once per distinct goal text (a goal is repeated on every row below it).
    const std::string& folded(const std::string& text) {
        auto [it, added] = folded_goals_.try_emplace(text);
        if (added) it->second = text::fold(text);
        return it->second;
    }

    static bool is_goal_role(column_role role) {
        return role == column_role::top_goal || role == column_role::goal || role == column_role::sub_goal;
    }

    // In a table of goals and their indicators (no activity column), whether the row names an
    // indicator: one more indicator of the goal above.
    bool names_indicator_of_goal_above(std::uint32_t row) const {
        return !columns_.role_col(column_role::activity) &&
               !text::is_blank(columns_.value(row, column_role::indicator, false));
    }

    bool has_goal_text(std::uint32_t row) const { return !text::is_blank(first_goal_text(row)); }

    std::string first_goal_text(std::uint32_t row) const {
        for (column_role role : {column_role::sub_goal, column_role::goal, column_role::top_goal})
            if (auto text = columns_.value(row, role, false); !text::is_blank(text)) return text;
        return {};
    }

    bool same_header(const std::vector<column>& header) const {
        const std::vector<column>& columns = columns_.list();
        if (header.size() != columns.size()) return false;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i].col != columns[i].col || header[i].role != columns[i].role) return false;
        return true;
    }

    // Whether the row starts a legend under the table: its heading alone ("Förklaring"), or a
    // colour beside its word.
    bool starts_legend(const row_cells& r) const {
        return (r.cells.size() == 1 && is_legend_heading(first_text(r))) ||
               is_fill_beside_word(sheet_, r.cells, values_);
    }

    static bool starts_with_footnote(const row_cells& r) {
        std::string room;
        return text::first_after_spaces(shown_text(*r.cells.front(), room)) == U'*';
    }

    static std::string first_text(const row_cells& r) { return r.cells.empty() ? "" : shown_text(*r.cells.front()); }

    model::source_ref where(std::uint32_t row, std::optional<std::uint32_t> col) const {
        return cell_place(sheet_place_, row, col.value_or(0));
    }

    void skip(std::uint32_t row, skip_reason reason, const std::string& text) {
        auto first = std::lower_bound(sheet_.cells.begin(), sheet_.cells.end(), row, row_order{});
        std::uint32_t col = first != sheet_.cells.end() && first->row == row ? first->col : 0;
        out_.skipped.push_back({sheet_.name, row, col, reason, text::squeeze_spaces(text)});
        switch (reason) {
            case skip_reason::repeated_header: layout_.repeated_header_rows.insert(row); break;
            case skip_reason::goal_only: layout_.table_rows[row] = {layout_.tables.size() - 1, false, false}; break;
            case skip_reason::empty: break;
            case skip_reason::totals: layout_.metadata_rows.insert(row); break;
            default: layout_.note_rows.insert(row); break;
        }
    }

    void mark_perspective(const row_cells& line) {
        layout_.note_rows.erase(line.row);
        layout_.perspective_rows[line.row] = line.cells.front()->col;
    }

    const sheet& sheet_;
    const std::string& file_;
    follow_up& out_;
    std::map<std::string, std::string>& goal_keys_;
    file_state& state_;
    const unit_rule& units_;
    std::span<const status_definitions* const> values_;
    merge_index merges_;
    // The sheet's file and name, shared by the places of its cells.
    const model::source_ref sheet_place_;
    std::size_t table_ = 0;
    sheet_layout layout_;
    std::vector<legend_row> beside_;
    std::size_t skipped_mark_ = out_.skipped.size();
    // The columns of the table being read, and the index of the row whose header gave them.
    column_reader columns_{sheet_, merges_, sheet_place_};
    std::optional<std::size_t> columns_from_;
    // The sheet's non-blank cells, which the rows (and pending_) view.
    std::vector<const cell*> filled_;
    std::vector<row_cells> pending_;
    std::vector<std::vector<std::string>> title_rows_;
    // The texts of a header or title row, and the rooms of its numbers' texts (row_texts).
    std::vector<std::pair<std::uint32_t, std::string_view>> texts_;
    std::vector<std::string> rooms_;
    std::vector<std::uint32_t> title_row_numbers_;
    std::map<column_role, std::string> carried_;
    // The goal each role named last, by its text as written and its parent: a row's goal is most
    // often the row before's (repeated, or merged over its activities' rows), found without a key.
    struct named_goal {
        std::string text;
        std::optional<std::string> parent;
        std::string id;
    };
    std::map<column_role, named_goal> last_goals_;
    std::unordered_map<std::string, std::string> folded_goals_;
    std::string perspective_ = is_perspective_name(sheet_.name) ? text::squeeze_spaces(sheet_.name) : "";
    std::optional<int> table_year_;
    // The unit a title-block row named.
    named_unit title_unit_;
    // The unit the last line naming one among or between the tables named, from that line on.
    named_unit section_unit_;
    bool had_table_ = false;
    bool in_footnotes_ = false;
    // The last row of the table being read: its header or its last data row.
    std::uint32_t last_table_row_ = 0;
};

}  // namespace

std::string place_of(const skipped_row& s) { return s.sheet + "!" + format_a1(s.row, s.col); }

std::string describe(skip_reason reason) {
    switch (reason) {
        case skip_reason::title: return tr("rubrikblock", "title block").text();
        case skip_reason::section: return tr("perspektivrad", "perspective row").text();
        case skip_reason::repeated_header: return tr("upprepad rubrikrad", "repeated header row").text();
        case skip_reason::empty: return tr("tom rad", "empty row").text();
        case skip_reason::footnote: return tr("fotnot", "footnote").text();
        case skip_reason::goal_only: return tr("mål utan aktivitet", "goal without activity").text();
        case skip_reason::legend: return tr("teckenförklaring", "legend").text();
        case skip_reason::totals: return tr("summeringsrad", "totals row").text();
    }
    return {};
}

follow_up recognise_follow_up(workbook book, const std::string& file_name, const status_definitions* mapping,
                              const unit_rule& units) {
    follow_up out;
    // One copy of the file's name for the places of all its cells.
    const model::shared_name shared_file = file_name;
    out.doc.metadata.kind = model::document_kind::follow_up;
    out.doc.metadata.source_files.push_back(file_name);
    file_state state;
    status_definitions legend(definition_origin::legend);
    std::vector<const status_definitions*> definitions;
    if (mapping) definitions.push_back(mapping);
    const std::vector<const status_definitions*> values = definitions;
    bool found = false;
    std::string searched;
    // Each sheet, or each piece of a sheet with tables side by side, is read on its own.
    std::deque<sheet> pieces;
    std::vector<const sheet*> parts;
    for (const sheet& s : book.sheets) {
        searched += (searched.empty() ? "\"" : ", \"") + s.name + "\"";
        std::vector<sheet> cut = side_by_side_pieces(s);
        if (cut.empty()) parts.push_back(&s);
        for (sheet& piece : cut) parts.push_back(&pieces.emplace_back(std::move(piece)));
    }
    std::vector<sheet_layout> layouts;
    for (const sheet* s : parts) {
        std::size_t first_skipped = out.skipped.size();
        sheet_reader reader(*s, shared_file, out, state, units, values);
        bool has_table = reader.run();
        found = has_table || found;
        read_follow_up_legend(*s, has_table, reader.beside_tables(), first_skipped, out, legend, values,
                              reader.layout());
        layouts.push_back(std::move(reader.layout()));
    }
    if (!found)
        throw error("import.no_table",
                    book.sheets.size() == 1
                        ? tr("ingen uppföljningstabell hittades: letade efter en rubrikrad med {0} på bladet {1}",
                             "no follow-up table was found: looked for a header row with {0} on the sheet {1}",
                             {expected_headers(), searched})
                        : tr("ingen uppföljningstabell hittades: letade efter en rubrikrad med {0} på bladen {1}",
                             "no follow-up table was found: looked for a header row with {0} on the sheets {1}",
                             {expected_headers(), searched}));
    out.cells.file = file_name;
    for (std::size_t i = 0; i < parts.size(); ++i)
        account_sheet(*parts[i], layouts[i], shared_file, out.cells, out.doc.notes);
    apply_unit_rule(units, parts, layouts, out);
    // Every cell is read: they go before the status reports are made. The fills stay (the status
    // cells view them).
    parts.clear();
    for (sheet& s : book.sheets) s.cells = std::vector<cell>();
    for (sheet& s : pieces) s.cells = std::vector<cell>();
    definitions.push_back(&legend);
    out.statuses = add_status_reports(state.statuses, state.tables, out.doc, definitions);
    split_years_side_by_side(state.statuses, state.tables, out.doc);
    settle_years(out.doc, out.cells.file);
    if (!out.doc.metadata.year)
        if (int year = first_year(file_stem(file_name))) {
            out.doc.metadata.year = year;
            out.doc.metadata.assumptions.push_back(
                {model::assumption_kind::year_from_file_name, file_name, "", std::to_string(year), ""});
        }
    return out;
}

}  // namespace mk::recognize
