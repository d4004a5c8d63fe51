// The tables of the SK document: results, meritvärde, national tests, survey indices and goals.
#include <algorithm>
#include <optional>

#include "src/container/fill_plan.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/recognize/sk_parts.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize::sk {
namespace {

using model::measured_value;
using model::pupil_group;

// A header on one line: "SYDVÄSTRA/⏎ÖSTRA" → "SYDVÄSTRA/ÖSTRA", other line breaks as spaces.
std::string one_line(std::string text) {
    for (std::size_t at; (at = text.find("/\n")) != std::string::npos;) text.erase(at + 1, 1);
    return text::squeeze_spaces(text);
}

bool contains(const std::string& folded, std::string_view part) { return folded.find(part) != std::string::npos; }

// The grade a text names ("ÅK 6 - Nationella prov" → 6); 0 when none.
std::uint8_t grade_in(std::string_view text) {
    std::vector<std::string> words = text::tokens(text);
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "åk" && (words[i + 1] == "3" || words[i + 1] == "6" || words[i + 1] == "9"))
            return static_cast<std::uint8_t>(words[i + 1][0] - '0');
    return 0;
}

// The grade of a table that does not name it: from the nearest heading naming one.
std::uint8_t grade_of(const position& at) {
    for (int level = 9; level >= 1; --level)
        if (std::uint8_t grade = grade_in(at.headings[level])) return grade;
    return 0;
}

std::vector<std::string> folded_row(const block& table, std::size_t row) {
    std::vector<std::string> out;
    for (const table_cell& c : table.rows[row].cells) out.push_back(text::fold(cell_text(c)));
    return out;
}

// The value of a cell, or nullopt when it is empty.
std::optional<measured_value> value_at(const block& table, std::size_t row, std::size_t col, const position& at,
                                       const std::string& section) {
    std::string written = cell_text(table.rows[row].cells[col]);
    if (written.empty()) return std::nullopt;
    return measured_value{written, parse_sk_number(written), at.cell(table, row, col, section)};
}

std::optional<pupil_group> group_named(const std::string& folded) {
    if (folded.starts_with("flick")) return pupil_group::girls;
    if (folded.starts_with("pojk")) return pupil_group::boys;
    if (folded.starts_with("samtliga") || folded.starts_with("alla")) return pupil_group::all;
    return std::nullopt;
}

void read_results(const block& table, std::uint8_t grade, const position& at, model::sk_report& report) {
    std::vector<std::string> header = folded_row(table, 0);
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        model::result_row row;
        row.grade = grade;
        row.subject = cell_text(table.rows[r].cells[0]);
        if (row.subject.empty()) continue;
        for (std::size_t c = 1; c < header.size(); ++c) {
            auto value = value_at(table, r, c, at, at.nearest);
            if (!value) continue;
            auto group = group_named(header[c].substr(header[c].rfind(' ') + 1));
            (group == pupil_group::girls ? row.girls : group == pupil_group::boys ? row.boys : row.total) = value;
        }
        if (!row.total && !row.girls && !row.boys) continue;
        row.source = at.cell(table, r, 0, at.nearest);
        report.results.push_back(std::move(row));
    }
}

// The year of a column label ("VT-23" → 2023, "Huddinge kommun VT-23" → 2023).
std::optional<int> label_year(const std::string& folded) {
    std::vector<std::string> words = text::tokens(folded);
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if ((words[i] == "vt" || words[i] == "ht") && words[i + 1].size() == 2)
            return 2000 + (words[i + 1][0] - '0') * 10 + (words[i + 1][1] - '0');
    return std::nullopt;
}

void read_history(const block& table, std::uint8_t grade, const position& at, model::sk_report& report) {
    std::vector<std::string> header = folded_row(table, 0);
    model::history_measure measure = model::history_measure::meritvarde;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        std::string label = text::fold(cell_text(table.rows[r].cells[0]));
        pupil_group group = group_named(label).value_or(pupil_group::all);
        if (label.starts_with("meritvärde")) measure = model::history_measure::meritvarde;
        if (label.starts_with("minst e")) measure = model::history_measure::minst_e;
        for (std::size_t c = 1; c < header.size(); ++c) {
            auto value = value_at(table, r, c, at, at.nearest);
            if (!value) continue;
            model::history_value h;
            h.grade = grade;
            h.measure = measure;
            h.group = group;
            h.label = text::squeeze_spaces(cell_text(table.rows[0].cells[c]));
            h.year = label_year(header[c]);
            h.scope = contains(header[c], "kommun") ? model::value_scope::kommun : model::value_scope::school;
            h.value = std::move(*value);
            report.history.push_back(std::move(h));
        }
    }
}

// Reads the rows of the pupil groups the template has (Samtliga, Flickor, Pojkar); a row of
// another (one a school added, "Nyanlända") is a note at its first cell, not lost.
void read_national_tests(const block& table, std::uint8_t grade, const position& at, model::sk_report& report,
                         std::vector<model::read_note>& notes) {
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        auto group = group_named(text::fold(cell_text(table.rows[r].cells[0])));
        if (!group) {
            std::vector<std::string> written;
            for (const table_cell& cell : table.rows[r].cells)
                if (std::string text = text::squeeze_spaces(cell_text(cell)); !cell.covered && !text.empty())
                    written.push_back(std::move(text));
            std::string joined;
            for (const std::string& w : written) joined += (joined.empty() ? "" : " | ") + w;
            if (!joined.empty())
                notes.push_back({model::read_problem::unexpected_row, at.cell(table, r, 0, at.nearest), joined});
            continue;
        }
        for (std::size_t c = 1; c < table.column_count(); ++c) {
            auto value = value_at(table, r, c, at, at.nearest);
            if (!value) continue;
            report.national_tests.push_back(
                {grade, text::squeeze_spaces(cell_text(table.rows[0].cells[c])), *group, std::move(*value)});
        }
    }
}

// Reads a survey table; returns the columns it reads no value from (another area's).
std::vector<std::size_t> read_survey(const block& table, const position& at, model::sk_report& report) {
    std::vector<std::string> header = folded_row(table, 0);
    std::optional<std::size_t> school, area, kommun;
    std::string area_folded = text::fold(at.area);
    for (std::size_t c = 1; c < header.size(); ++c) {
        std::string written = cell_text(table.rows[0].cells[c]);
        if (header[c] == "skolan")
            school = c;
        else if (!area_folded.empty() && header[c] == area_folded)
            area = c;
        else if (written.find('/') == std::string::npos && !header[c].empty())
            kommun = c;
    }
    std::string stage = text::squeeze_spaces(at.nearest);
    if (text::fold(stage).starts_with("åk ")) stage = text::squeeze_spaces(stage.substr(stage.find(' ') + 1));
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        model::survey_index s;
        s.stage = stage;
        s.index = text::squeeze_spaces(cell_text(table.rows[r].cells[0]));
        if (s.index.empty()) continue;
        if (school) s.school = value_at(table, r, *school, at, at.nearest);
        if (area) {
            s.area_name = one_line(cell_text(table.rows[0].cells[*area]));
            s.area = value_at(table, r, *area, at, at.nearest);
        }
        if (kommun) s.kommun = value_at(table, r, *kommun, at, at.nearest);
        if (!s.school && !s.area && !s.kommun) continue;
        s.source = at.cell(table, r, 0, at.nearest);
        report.survey.push_back(std::move(s));
    }
    std::vector<std::size_t> unread;
    for (std::size_t c = 1; c < header.size(); ++c)
        if (c != school && c != area && c != kommun) unread.push_back(c);
    return unread;
}

// A column of a goal table: the words its header contains (first match wins) and its member.
template <class Goal>
struct goal_column {
    std::string_view words;
    std::string Goal::*member;
    // Its place among the six columns of source_columns.
    std::size_t slot;
};

const goal_column<model::analysed_goal> analysed_columns[] = {
    {"finnas kvar", &model::analysed_goal::keep, 5},
    {"verksamheter", &model::analysed_goal::activities, 2},
    {"varför", &model::analysed_goal::why, 1},
    {"målbild", &model::analysed_goal::target_state, 3},
    {"insatser", &model::analysed_goal::efforts_and_results, 4},
    {"mål", &model::analysed_goal::goal_text, 0},
};

const goal_column<model::planned_goal> planned_columns[] = {
    {"mäta", &model::planned_goal::measurement, 5}, {"verksamheter", &model::planned_goal::activities, 1},
    {"varför", &model::planned_goal::why, 2},       {"målbild", &model::planned_goal::target_state, 3},
    {"insatser", &model::planned_goal::efforts, 4}, {"mål", &model::planned_goal::goal_text, 0},
};

// The header word of a goal table's column of focus areas.
constexpr std::string_view focus_word = "fokusområde";

// Reads the goal rows of a Målanalys or Planeringsrapport table below its header row; rows with no
// text are no goals. A Fokusområde column gives each row's focus area (a cell merged down, the
// rows below it); the text of a column the template has no such header for is a note.
template <class Goal, std::size_t N>
void read_goals(const block& table, std::size_t header_row, const goal_column<Goal> (&columns)[N], const position& at,
                std::vector<Goal>& out, std::vector<model::read_note>& notes) {
    std::vector<std::string> header = folded_row(table, header_row);
    std::vector<const goal_column<Goal>*> roles(header.size(), nullptr);
    std::optional<std::size_t> focus_col;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (contains(header[c], focus_word)) {
            focus_col = c;
            continue;
        }
        for (const goal_column<Goal>& column : columns)
            if (contains(header[c], column.words)) {
                roles[c] = &column;
                break;
            }
    }
    std::string section = at.headings[1];
    std::string focus_above;
    for (std::size_t r = header_row + 1; r < table.rows.size(); ++r) {
        Goal g;
        g.focus_area = text::squeeze_spaces(at.headings[2]);
        if (focus_col) {
            const table_cell& cell = table.rows[r].cells[*focus_col];
            if (!cell.covered) focus_above = text::squeeze_spaces(cell_text(cell));
            if (!focus_above.empty()) g.focus_area = focus_above;
        }
        for (std::size_t c = 0; c < header.size(); ++c) {
            const table_cell& cell = table.rows[r].cells[c];
            if (roles[c] || c == focus_col || cell.covered) continue;
            std::string written = text::squeeze_spaces(cell_text(cell));
            if (!written.empty())
                notes.push_back({model::read_problem::unexpected_cell, at.cell(table, r, c, section), written});
        }
        g.source_columns.assign(N, 0);
        bool has_text = false;
        std::size_t goal_col = 0;
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (!roles[c] || g.source_columns[roles[c]->slot]) continue;
            g.*(roles[c]->member) = text::squeeze_spaces_keep_lines(cell_text(table.rows[r].cells[c]));
            has_text = has_text || !(g.*(roles[c]->member)).empty();
            g.source_columns[roles[c]->slot] = static_cast<std::uint32_t>(c + 1);
            if (roles[c]->slot == 0) goal_col = c;
        }
        if (!has_text) continue;
        // A column the header does not name is unknown: no column is better than a wrong one.
        for (std::uint32_t column : g.source_columns)
            if (column == 0) g.source_columns.clear();
        g.source = at.cell(table, r, goal_col, section);
        out.push_back(std::move(g));
    }
}

bool any_header(const std::vector<std::string>& header, std::string_view part) {
    for (const std::string& h : header)
        if (contains(h, part)) return true;
    return false;
}

}  // namespace

std::optional<table_read> read_table(const block& table, const position& at, model::sk_report& report,
                                     std::vector<model::read_note>& notes) {
    if (table.rows.size() < 2 || table.column_count() < 2) return std::nullopt;
    // A goal table's header row may have titles across the table above it ("Mål inom Lärande –
    // fylls i av rektor").
    for (std::size_t r = 0; r < table.rows.size() && r <= table_title_rows; ++r) {
        std::vector<std::string> header = folded_row(table, r);
        if (!any_header(header, "mål läsåret")) continue;
        if (any_header(header, "finnas kvar")) {
            read_goals(table, r, analysed_columns, at, report.analysed_goals, notes);
            return table_read{r, {}};
        }
        if (any_header(header, "mäta")) {
            read_goals(table, r, planned_columns, at, report.planned_goals, notes);
            return table_read{r, {}};
        }
    }
    std::vector<std::string> header = folded_row(table, 0);
    // The value and survey tables have an empty top-left cell; one that someone wrote in is still read.
    auto corner_noted = [&](std::vector<std::size_t> unread = {}) {
        if (!header[0].empty())
            notes.push_back({model::read_problem::unexpected_cell, at.cell(table, 0, 0, at.nearest),
                             text::squeeze_spaces(cell_text(table.rows[0].cells[0]))});
        return table_read{0, std::move(unread)};
    };
    if (std::find(header.begin(), header.end(), "skolan") != header.end())
        return corner_noted(read_survey(table, at, report));
    if (grade_in(header[1])) return read_results(table, grade_in(header[1]), at, report), corner_noted();
    if (label_year(header[1])) return read_history(table, grade_of(at), at, report), corner_noted();
    if (group_named(text::fold(cell_text(table.rows[1].cells[0]))) == pupil_group::all)
        return read_national_tests(table, grade_of(at), at, report, notes), corner_noted();
    return std::nullopt;
}

}  // namespace mk::recognize::sk

namespace mk::recognize {

std::vector<std::pair<std::string_view, std::string>> analysed_goal_cells(const model::analysed_goal& goal) {
    std::vector<std::pair<std::string_view, std::string>> cells{{sk::focus_word, goal.focus_area}};
    for (const auto& column : sk::analysed_columns) cells.emplace_back(column.words, goal.*(column.member));
    return cells;
}

}  // namespace mk::recognize
