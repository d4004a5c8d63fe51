#include "src/recognize/follow_up_statuses.hpp"

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "src/container/workbook.hpp"
#include "src/core/in_parts.hpp"
#include "src/recognize/cell_place.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

// What each distinct status text says by its words alone (no fill), folded and read once: a
// follow-up repeats a handful of status words over thousands of rows. Views of texts that outlive it.
class word_readings {
public:
    explicit word_readings(std::span<const status_definitions* const> definitions) : definitions_(definitions) {}

    // Whether text has letters or digits: a word, not a symbol, a dash or nothing.
    bool has_letters(std::string_view text) { return known(text).has_value(); }

    // The reading of a text that has letters.
    const status_reading& read(std::string_view text) { return *known(text); }

private:
    // The reading of text, none for a text without letters.
    const std::optional<status_reading>& known(std::string_view text) {
        auto [found, added] = texts_.try_emplace(text);
        if (added && !text.empty() && !text::fold(text).empty()) found->second = read_status(text, "", definitions_);
        return found->second;
    }

    std::span<const status_definitions* const> definitions_;
    std::unordered_map<std::string_view, std::optional<status_reading>> texts_;
};

// Status rows read on one core at least: fewer are not worth a thread.
constexpr std::size_t rows_per_part = 4096;

// A copy of place whose file and sheet names are copies of their own.
model::source_ref names_of_its_own(const model::source_ref& place) {
    model::source_ref copy = place;
    copy.file = std::string(place.file.str());
    copy.sheet = std::string(place.sheet.str());
    return copy;
}

}  // namespace

status_tally add_status_reports(const std::vector<status_row>& rows, const std::vector<status_table>& tables,
                                model::document& doc, std::span<const status_definitions* const> definitions) {
    // A (table, column) position.
    using column_key = std::pair<std::size_t, std::size_t>;
    // Cells with words and a fill first: they show which fills of a column are its formatting (the
    // same fill behind words of different meanings).
    word_readings words(definitions);
    std::map<std::tuple<std::size_t, std::size_t, std::string_view>, std::set<model::status>> behind_words;
    for (const status_row& row : rows)
        for (std::size_t i = 0; i < row.cells.size(); ++i)
            if (!row.cells[i].fill.empty() && words.has_letters(row.cells[i].text))
                behind_words[{row.table, i, row.cells[i].fill}].insert(words.read(row.cells[i].text).value);
    // Then the cells without letters (empty, a symbol, a dash), with their fills; and which columns
    // some row fills.
    std::map<std::pair<std::size_t, std::size_t>, status_reading> without_letters;
    std::set<column_key> filled;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const status_row& row = rows[r];
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const status_cell& c = row.cells[i];
            if (words.has_letters(c.text)) {
                filled.insert({row.table, i});
                continue;
            }
            auto seen = behind_words.find({row.table, i, c.fill});
            bool formatting = seen != behind_words.end() && seen->second.size() > 1;
            status_reading reading = read_status(c.text, formatting ? "" : c.fill, definitions);
            if (reading.word.empty() && !reading.no_status) continue;
            if (!reading.word.empty()) filled.insert({row.table, i});
            without_letters.emplace(std::pair{r, i}, std::move(reading));
        }
    }
    // Each row's reports depend on the row alone: made on every core, each part with its own
    // readings of the words; the parts after the first with a copy of the places' names of their
    // own, so that no two threads count references to one name.
    std::vector<status_tally> tallies(part_count(rows.size(), rows_per_part));
    in_parts(rows.size(), rows_per_part, [&](std::size_t part, std::size_t begin, std::size_t end) {
        word_readings part_words(definitions);
        std::vector<model::source_ref> sheet_places;
        for (const status_table& table : tables)
            sheet_places.push_back(part == 0 ? table.sheet_place : names_of_its_own(table.sheet_place));
        status_tally& tally = tallies[part];
        for (std::size_t r = begin; r < end; ++r) {
            const status_row& row = rows[r];
            const status_table& table = tables[row.table];
            const model::source_ref& sheet_place = sheet_places[row.table];
            std::vector<model::status_report>& reports = doc.activities[row.activity].statuses;
            std::optional<std::size_t> latest_word;
            row_comments comments;
            if (!row.comments.empty()) comments = gather_comments(row.comments, table.comments, row.cells.size());
            // At most one report a cell: room made once, not by doubling (125,000 activities of L.xlsx).
            reports.reserve(reports.size() + row.cells.size());
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                status_reading reading;
                if (part_words.has_letters(row.cells[i].text)) {
                    reading = part_words.read(row.cells[i].text);
                } else if (auto found = without_letters.find({r, i}); found != without_letters.end()) {
                    reading = std::move(found->second);
                }
                bool commented = !comments.by_status.empty() && !comments.by_status[i].empty();
                bool missing = !reading.no_status && reading.word.empty() && filled.contains({row.table, i});
                if (reading.word.empty() && !missing && !commented) continue;
                model::status_report& report = reports.emplace_back();
                report.checkpoint = table.columns[i].checkpoint;
                report.label = table.columns[i].label;
                report.source = cell_place(sheet_place, row.row, table.columns[i].col);
                if (commented) report.comment = std::move(comments.by_status[i]);
                if (reading.word.empty()) {
                    tally.missing += missing ? 1 : 0;
                    continue;
                }
                report.word = std::move(reading.word);
                report.value = reading.value;
                report.assumed = reading.assumed;
                tally.assumed += reading.assumed ? 1 : 0;
                if (reading.decided_by)
                    ++(reading.decided_by->origin() == definition_origin::legend ? tally.by_legend : tally.by_mapping);
                latest_word = reports.size() - 1;
            }
            if (comments.rest.empty()) continue;
            model::status_report own;
            if (!table.columns.empty()) {
                own.checkpoint = table.columns.back().checkpoint;
                own.label = table.columns.back().label;
            }
            own.source = cell_place(sheet_place, row.row, comments.rest_col);
            add_rest_comment(reports, latest_word, comments.rest, std::move(own));
        }
    });
    status_tally tally;
    for (const status_tally& part : tallies) {
        tally.assumed += part.assumed;
        tally.by_legend += part.by_legend;
        tally.by_mapping += part.by_mapping;
        tally.missing += part.missing;
    }
    return tally;
}

void split_years_side_by_side(const std::vector<status_row>& rows, const std::vector<status_table>& tables,
                              model::document& doc) {
    // Each table's year per status column's label, and its latest year when it has two or more.
    std::vector<std::map<std::string, int, std::less<>>> year_of_label(tables.size());
    std::vector<int> latest(tables.size(), 0);
    bool any = false;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        std::set<int> years;
        for (const status_column& c : tables[t].columns)
            if (c.year) {
                years.insert(*c.year);
                year_of_label[t][c.label] = *c.year;
            }
        if (years.size() < 2) continue;
        latest[t] = *years.rbegin();
        any = true;
    }
    if (!any) return;
    constexpr std::size_t no_table = static_cast<std::size_t>(-1);
    std::vector<std::size_t> table_of(doc.activities.size(), no_table);
    for (const status_row& r : rows) table_of[r.activity] = r.table;
    std::vector<model::activity> out;
    out.reserve(doc.activities.size());
    for (std::size_t i = 0; i < doc.activities.size(); ++i) {
        model::activity& a = doc.activities[i];
        std::size_t t = table_of[i];
        if (t == no_table || latest[t] == 0) {
            out.push_back(std::move(a));
            continue;
        }
        std::map<int, std::vector<model::status_report>> by_year;
        for (model::status_report& report : a.statuses) {
            auto named = year_of_label[t].find(report.label);
            by_year[named != year_of_label[t].end() ? named->second : latest[t]].push_back(std::move(report));
        }
        if (by_year.empty()) {
            out.push_back(std::move(a));
            continue;
        }
        a.statuses.clear();
        const int last = by_year.rbegin()->first;
        for (auto& [year, statuses] : by_year) {
            if (year == last) continue;
            model::activity& earlier = out.emplace_back();
            earlier.goal = a.goal;
            earlier.text = a.text;
            earlier.planned = a.planned;
            earlier.priority = a.priority;
            earlier.responsible = a.responsible;
            earlier.unit = a.unit;
            earlier.details = a.details;
            earlier.source = a.source;
            earlier.year = year;
            earlier.statuses = std::move(statuses);
        }
        a.year = last;
        a.statuses = std::move(by_year.rbegin()->second);
        out.push_back(std::move(a));
    }
    doc.activities = std::move(out);
    for (std::size_t i = 0; i < doc.activities.size(); ++i) doc.activities[i].id = "activity-" + std::to_string(i + 1);
}

void settle_years(model::document& doc, const std::string& file) {
    std::set<int> years;
    for (const model::activity& a : doc.activities)
        if (a.year) years.insert(*a.year);
    if (years.size() <= 1) {
        if (years.size() == 1 && !doc.metadata.year) doc.metadata.year = *years.begin();
        for (model::activity& a : doc.activities) a.year.reset();
        return;
    }
    for (int year : years)
        doc.metadata.assumptions.push_back({model::assumption_kind::years_in_file, file, "", std::to_string(year), ""});
}

}  // namespace mk::recognize
