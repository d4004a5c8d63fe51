// The detail sheet "Uppföljning": a follow-up sheet in the legacy layout that the importer reads
// back as the same goals, activities and statuses.
#include <algorithm>
#include <functional>
#include <set>
#include <span>
#include <string_view>
#include <tuple>

#include "src/recognize/status_reading.hpp"
#include "src/report/indicator_text.hpp"
#include "src/report/lights.hpp"
#include "src/report/outline.hpp"
#include "src/report/sheet_writer.hpp"
#include "src/report/sheets.hpp"
#include "src/report/status_columns.hpp"
#include "src/text/fold.hpp"

namespace mk::report {
namespace {

// What a column of the detail table shows.
enum class detail_role {
    unit,
    year,
    perspective,
    kf,
    goal,
    activity,
    responsible,
    priority,
    planned,
    status,
    status_comment,
    comment,
    field,
    indicator,
    target,
    outcome,
    trend,
    met
};

struct detail_column {
    detail_role role;
    std::string header;
    double width;
    // For status columns and their comment columns: the index into the status columns; for outcome
    // columns, into the outcome labels; for field columns, which of a row's fields of this name (0
    // for the first).
    std::size_t status = 0;
};

// The indicators shown on a row: the activity's, or on a goal's own row the one of the goal's it shows.
std::span<const model::indicator> row_indicators(const outline_row& r) {
    if (r.activity) return r.activity->indicators;
    const model::goal* g = r.place.goal ? r.place.goal : r.place.kf;
    if (!g || r.goal_indicator >= g->indicators.size()) return {};
    return std::span(g->indicators).subspan(r.goal_indicator, 1);
}

// The indicator columns, after the others: Indikator, Målvärde, one per outcome label, Trend,
// Målvärde uppnått; none when no row has an indicator.
void add_indicator_columns(std::vector<detail_column>& columns, const std::vector<outline_row>& rows,
                           const std::vector<std::string>& outcomes) {
    bool named = false;
    bool targets = false;
    bool trends = false;
    for (const outline_row& r : rows)
        for (const model::indicator& i : row_indicators(r)) {
            named = named || !i.name.empty();
            targets = targets || !i.target.text.empty();
            trends = trends || !i.trend.empty();
        }
    if (named) columns.push_back({detail_role::indicator, "Indikator", 36});
    if (targets) columns.push_back({detail_role::target, "Målvärde", 12});
    for (std::size_t i = 0; i < outcomes.size(); ++i) columns.push_back({detail_role::outcome, outcomes[i], 12, i});
    if (trends) columns.push_back({detail_role::trend, "Trend", 10});
    if (targets && !outcomes.empty()) columns.push_back({detail_role::met, "Målvärde uppnått", 12});
}

std::string perspective_of(const placement& place) {
    if (place.goal && !place.goal->perspective.empty()) return place.goal->perspective;
    return place.kf ? place.kf->perspective : "";
}

// The kept fields a row shows: its activity's, or on a goal's first own row, the goal's.
const std::vector<model::extra_field>& fields_of(const outline_row& r) {
    static const std::vector<model::extra_field> none;
    if (r.activity) return r.activity->extras;
    return r.place.goal && r.goal_indicator == 0 ? r.place.goal->extras : none;
}

// Whether the comments need a Kommentar column after each status column, which the importer gives
// each to the status column before it: an activity has one on another report than the importer
// gives one Kommentar column's (its latest with a word), and each commented report has a column.
bool comments_need_own_columns(const std::vector<outline_row>& rows, const std::vector<status_column>& statuses) {
    if (statuses.size() < 2) return false;
    bool needed = false;
    for (const outline_row& r : rows) {
        if (!r.activity) continue;
        const std::vector<model::status_report>& reports = r.activity->statuses;
        std::optional<std::size_t> latest;
        for (std::size_t i = 0; i < reports.size(); ++i)
            if (!reports[i].word.empty()) latest = i;
        if (!latest && !reports.empty()) latest = reports.size() - 1;
        for (std::size_t i = 0; i < reports.size(); ++i) {
            if (reports[i].comment.empty()) continue;
            if (std::none_of(statuses.begin(), statuses.end(),
                             [&](const status_column& c) { return is_of(c, reports, i); }))
                return false;
            needed = needed || i != latest;
        }
    }
    return needed;
}

std::vector<detail_column> columns_for(const std::vector<outline_row>& rows, const std::vector<status_column>& statuses,
                                       const std::vector<std::string>& outcomes) {
    auto any = [&](const std::function<bool(const outline_row&)>& test) {
        return std::any_of(rows.begin(), rows.end(), test);
    };
    std::vector<detail_column> columns;
    if (any([](const outline_row& r) { return r.activity && !r.activity->unit.empty(); }))
        columns.push_back({detail_role::unit, "Enhet", 18});
    if (any([](const outline_row& r) { return r.activity && r.activity->year; }))
        columns.push_back({detail_role::year, "År", 8});
    if (any([](const outline_row& r) { return !perspective_of(r.place).empty(); }))
        columns.push_back({detail_role::perspective, "Perspektiv", 14});
    if (any([](const outline_row& r) { return r.place.kf != nullptr; }))
        columns.push_back({detail_role::kf, "Kommunfullmäktiges mål", 28});
    columns.push_back({detail_role::goal, "Nämndmål", 36});
    columns.push_back({detail_role::activity, "Aktivitet", 48});
    if (any([](const outline_row& r) { return r.activity && !r.activity->responsible.empty(); }))
        columns.push_back({detail_role::responsible, "Ansvarig", 18});
    if (any([](const outline_row& r) { return r.activity && !r.activity->priority.empty(); }))
        columns.push_back({detail_role::priority, "Särskilt prioriterat", 28});
    if (any([](const outline_row& r) { return r.activity && !planned_text(*r.activity).empty(); }))
        columns.push_back({detail_role::planned, "Slutfört", 10});
    bool comments_per_status = comments_need_own_columns(rows, statuses);
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        columns.push_back({detail_role::status, statuses[i].header, 14, i});
        if (comments_per_status) columns.push_back({detail_role::status_comment, "Kommentar", 30, i});
    }
    if (!comments_per_status &&
        any([](const outline_row& r) { return r.activity && !comment_text(*r.activity).empty(); }))
        columns.push_back({detail_role::comment, "Kommentar", 44});
    // One column per kept field's name, in the order the rows first name them; a row with two fields
    // of one name (two columns of one header, or two rows of one goal) needs a second column of it.
    for (const outline_row& r : rows) {
        const std::vector<model::extra_field>& fields = fields_of(r);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            auto same_name = [&](const model::extra_field& f) { return f.name == fields[i].name; };
            auto nth = static_cast<std::size_t>(
                std::count_if(fields.begin(), fields.begin() + static_cast<std::ptrdiff_t>(i), same_name));
            if (std::none_of(columns.begin(), columns.end(), [&](const detail_column& c) {
                    return c.role == detail_role::field && c.header == fields[i].name && c.status == nth;
                }))
                columns.push_back({detail_role::field, fields[i].name, 16, nth});
        }
    }
    add_indicator_columns(columns, rows, outcomes);
    return columns;
}

// What a goal column shows on an activity row, for merging equal neighbours; empty for the other
// columns and for rows with no activity, which stand alone.
std::string merge_key(const detail_column& column, const outline_row& row) {
    if (!row.activity) return {};
    switch (column.role) {
        case detail_role::perspective: return perspective_of(row.place);
        case detail_role::kf: return row.place.kf ? row.place.kf->id : "";
        case detail_role::goal: return row.place.goal ? row.place.goal->id : "";
        default: return {};
    }
}

// "WORD = Status" for a report whose word alone would not be read as its value (a legend or a
// mapping defined it); empty for the others. A fill colour's word is named by its light ("Grön").
std::string legend_line(const model::status_report& r) {
    if (r.word.empty()) return {};
    recognize::status_reading plain = recognize::read_status(r.word, "", {});
    if (plain.value == r.value && plain.assumed == r.assumed) return {};
    std::string squeezed = text::squeeze_spaces(r.word);
    std::string key = squeezed;
    std::size_t space = squeezed.rfind(' ');
    std::string last = squeezed.substr(space == std::string::npos ? 0 : space + 1);
    if (auto light = recognize::key_light(last); light && last.starts_with('#'))
        key = model::colour_word(*light);
    return key + " = " + std::string(status_name(r.value));
}

class detail_writer {
public:
    detail_writer(workbook& book, sheet& s, const model::document& doc)
        : out_(book, s),
          sheet_(s),
          doc_(doc),
          index_(doc),
          rows_(detail_rows(doc, index_)),
          statuses_(status_columns(doc)),
          outcomes_(outcome_labels(doc)),
          columns_(columns_for(rows_, statuses_, outcomes_)) {}

    void write(const std::string& title, bool merge) {
        std::uint32_t row = 0;
        out_.text(row, 0, title, looks_.title);
        row = 2;
        const model::metadata& m = doc_.metadata;
        for (auto [label, value] : {std::pair<std::string, std::string>{"Kommun", m.kommun},
                                    {"Nämnd", m.namnd},
                                    {"Diarienummer", m.diarienummer},
                                    {"År", m.year ? std::to_string(*m.year) : ""},
                                    {"Läsår", m.lasar},
                                    {"Per", m.as_of}}) {
            if (value.empty()) continue;
            out_.text(row, 0, label, looks_.title);
            out_.text(row, 1, value, {});
            ++row;
        }
        // At least two rows between a title and the header, so that the title is never taken for
        // a perspective.
        std::uint32_t header = title.empty() && row == 2 ? 0 : std::max<std::uint32_t>(row + 1, 3);
        std::vector<std::pair<std::string, double>> headers;
        for (const detail_column& c : columns_) headers.emplace_back(c.header, c.width);
        out_.header_row(header, headers, looks_.header);
        out_.make_room(rows_.size(), columns_.size());
        if (merge) merge_goal_cells(header + 1);
        for (std::size_t i = 0; i < rows_.size(); ++i) write_row(header + 1 + static_cast<std::uint32_t>(i), i);
        out_.freeze_and_filter(header, header + static_cast<std::uint32_t>(rows_.size()));
        std::uint32_t below = write_legend(header + static_cast<std::uint32_t>(rows_.size()) + 2);
        write_notes(below + 1);
    }

private:
    void write_row(std::uint32_t row, std::size_t index) {
        const outline_row& r = rows_[index];
        for (std::uint32_t col = 0; col < columns_.size(); ++col) {
            if (!covered_.empty() && covered_[col][index]) continue;
            const detail_column& c = columns_[col];
            const model::activity* a = r.activity;
            switch (c.role) {
                case detail_role::perspective: out_.text(row, col, perspective_of(r.place), looks_.body); break;
                case detail_role::kf: out_.text(row, col, r.place.kf ? goal_text(*r.place.kf) : "", looks_.body); break;
                case detail_role::goal:
                    out_.text(row, col, r.place.goal ? goal_text(*r.place.goal) : "", looks_.body);
                    break;
                case detail_role::activity: out_.text(row, col, a ? a->text : "", looks_.body); break;
                case detail_role::unit: out_.text(row, col, a ? a->unit : "", looks_.body); break;
                case detail_role::year:
                    if (a && a->year) out_.number(row, col, *a->year, looks_.body);
                    break;
                case detail_role::responsible: out_.text(row, col, a ? a->responsible : "", looks_.body); break;
                case detail_role::priority: out_.text(row, col, a ? a->priority : "", looks_.body); break;
                case detail_role::planned: out_.text(row, col, a ? planned_text(*a) : "", looks_.body); break;
                case detail_role::comment: out_.text(row, col, a ? comment_text(*a) : "", looks_.body); break;
                case detail_role::status_comment:
                    for (std::size_t i = 0; a && i < a->statuses.size(); ++i)
                        if (is_of(statuses_[c.status], a->statuses, i))
                            out_.text(row, col, a->statuses[i].comment, looks_.body);
                    break;
                case detail_role::status: write_status(row, col, c.status, a); break;
                case detail_role::field: {
                    std::size_t seen = 0;
                    for (const model::extra_field& f : fields_of(r))
                        if (f.name == c.header && seen++ == c.status) out_.field(row, col, f, looks_.body);
                    break;
                }
                default: write_indicator(row, col, c, row_indicators(r));
            }
        }
    }

    // The indicators' cells of this column, one line per indicator (empty when none has a value
    // here); the Målvärde uppnått cell in the light of done or deviates when the row has one indicator.
    void write_indicator(std::uint32_t row, std::uint32_t col, const detail_column& c,
                         std::span<const model::indicator> indicators) {
        std::string text;
        std::size_t nth = c.role != detail_role::outcome
                              ? 0
                              : static_cast<std::size_t>(std::count(
                                    outcomes_.begin(), outcomes_.begin() + static_cast<std::ptrdiff_t>(c.status),
                                    outcomes_[c.status]));
        for (std::size_t n = 0; n < indicators.size(); ++n) {
            const model::indicator& i = indicators[n];
            const model::outcome* outcome =
                c.role == detail_role::outcome ? outcome_labelled(i, outcomes_[c.status], nth) : nullptr;
            std::string line = c.role == detail_role::indicator ? i.name
                               : c.role == detail_role::target  ? i.target.text
                               : c.role == detail_role::trend   ? i.trend
                               : c.role == detail_role::met     ? met_word(i)
                               : outcome                        ? outcome->value.text
                                                                : "";
            text += (n == 0 ? "" : "\n") + line;
        }
        // An indicator without a value here keeps its line, so that lines stay aligned across columns.
        if (text.find_first_not_of('\n') == std::string::npos) text.clear();
        std::string fill =
            c.role == detail_role::met && indicators.size() == 1 ? std::string(met_fill(indicators[0])) : "";
        out_.text(row, col, text, fill.empty() ? looks_.body : looks_.filled(fill));
    }

    // The report's word in its light; an empty cell for a status cell left empty; a dash when the
    // activity has no report in this column (its source had no such column), which the importer
    // reads back as no status rather than a missing one.
    void write_status(std::uint32_t row, std::uint32_t col, std::size_t status, const model::activity* a) {
        if (!a) return;
        for (std::size_t i = 0; i < a->statuses.size(); ++i) {
            const model::status_report& r = a->statuses[i];
            if (!is_of(statuses_[status], a->statuses, i)) continue;
            if (!r.word.empty()) out_.text(row, col, r.word, looks_.filled(std::string(light_fill(r.value))));
            return;
        }
        out_.text(row, col, "\u2013", looks_.body);
    }

    // Below the table, what the words mean that the importer would not read as they were read (a
    // legend on the sheet or the user's mapping defined them), one "WORD = Status" line each, so
    // that the sheet reads back as the same statuses.
    std::uint32_t write_legend(std::uint32_t row) {
        std::vector<std::string> lines;
        // A report's line depends on its word, value and assumption alone: each is made once.
        std::set<std::tuple<std::string_view, model::status, bool>> seen;
        for (const model::activity& a : doc_.activities)
            for (const model::status_report& r : a.statuses) {
                if (!seen.emplace(r.word, r.value, r.assumed).second) continue;
                std::string line = legend_line(r);
                if (!line.empty() && std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
            }
        if (lines.empty()) return row;
        out_.text(row++, 0, "Teckenförklaring:", {});
        for (const std::string& line : lines) out_.text(row++, 0, line, {});
        return row;
    }

    // The document's notes (title-block lines, footnotes of the sources), one per row, which the
    // importer reads back as notes.
    void write_notes(std::uint32_t row) {
        for (const model::statement& note : doc_.notes) out_.text(row++, 0, note.text, {});
    }

    // Merges each goal column's runs of equal cells down over their activities; the cells below
    // the top of each merged area are marked covered, and left unwritten.
    void merge_goal_cells(std::uint32_t first_row) {
        covered_.assign(columns_.size(), std::vector<bool>(rows_.size()));
        for (std::uint32_t col = 0; col < columns_.size(); ++col) {
            std::size_t start = 0;
            for (std::size_t i = 1; i <= rows_.size(); ++i) {
                std::string key = merge_key(columns_[col], rows_[start]);
                if (i < rows_.size() && !key.empty() && merge_key(columns_[col], rows_[i]) == key) continue;
                if (!key.empty() && i - start > 1) {
                    auto top = first_row + static_cast<std::uint32_t>(start);
                    auto bottom = first_row + static_cast<std::uint32_t>(i - 1);
                    sheet_.merges.push_back({top, col, bottom, col});
                    for (std::size_t below = start + 1; below < i; ++below) covered_[col][below] = true;
                }
                start = i;
            }
        }
    }

    sheet_looks looks_;
    sheet_writer out_;
    sheet& sheet_;
    const model::document& doc_;
    chain_index index_;
    std::vector<outline_row> rows_;
    std::vector<status_column> statuses_;
    std::vector<std::string> outcomes_;
    std::vector<detail_column> columns_;
    // Per column, per row of rows_: under the top of a merged area (empty when nothing is merged).
    std::vector<std::vector<bool>> covered_;
};

}  // namespace

void add_detail_sheet(workbook& book, const model::document& doc, const report_options& options, goal_cells layout) {
    book.sheets.push_back({});
    sheet& s = book.sheets.back();
    s.name = "Uppföljning";
    detail_writer(book, s, doc).write(options.title.empty() ? doc.metadata.title : options.title,
                                      layout == goal_cells::merged);
    s.finish();
}

}  // namespace mk::report
