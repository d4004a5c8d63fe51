#include "src/recognize/follow_up_statuses.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "src/text/fold.hpp"

namespace mk::recognize {

status_tally add_status_reports(const std::vector<status_row>& rows, model::document& doc,
                                std::span<const status_definitions* const> definitions) {
    status_tally tally;
    // Cells with words first: their fills show which fills of a column are its formatting (the same
    // fill behind words of different meanings), which then say nothing behind a symbol or nothing.
    std::vector<std::vector<status_reading>> readings(rows.size());
    std::map<std::tuple<std::size_t, std::size_t, std::string>, std::set<model::status>> behind_words;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        readings[r].resize(rows[r].cells.size());
        for (std::size_t i = 0; i < rows[r].cells.size(); ++i) {
            const status_cell& c = rows[r].cells[i];
            if (text::fold(c.text).empty()) continue;
            readings[r][i] = read_status(c.text, "", definitions);
            if (!c.fill.empty()) behind_words[{rows[r].table, i, c.fill}].insert(readings[r][i].value);
        }
    }
    // The columns of each table that some row fills, by position.
    std::map<std::size_t, std::vector<bool>> filled;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<bool>& columns = filled[rows[r].table];
        columns.resize(std::max(columns.size(), rows[r].cells.size()));
        for (std::size_t i = 0; i < rows[r].cells.size(); ++i) {
            const status_cell& c = rows[r].cells[i];
            if (text::fold(c.text).empty()) {
                auto seen = behind_words.find({rows[r].table, i, c.fill});
                bool formatting = seen != behind_words.end() && seen->second.size() > 1;
                readings[r][i] = read_status(c.text, formatting ? "" : c.fill, definitions);
            }
            if (!readings[r][i].word.empty()) columns[i] = true;
        }
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const status_row& row = rows[r];
        const std::vector<bool>& columns = filled[row.table];
        std::vector<model::status_report>& reports = doc.activities[row.activity].statuses;
        std::optional<std::size_t> latest_word;
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            status_reading& reading = readings[r][i];
            if (reading.word.empty() && (reading.no_status || !columns[i])) continue;
            const status_cell& c = row.cells[i];
            model::status_report& report = reports.emplace_back();
            report.checkpoint = c.checkpoint;
            report.label = c.label;
            report.source = c.source;
            if (reading.word.empty()) {
                ++tally.missing;
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
        if (row.comment.empty()) continue;
        if (!latest_word && !reports.empty()) latest_word = reports.size() - 1;
        if (!latest_word) {
            model::status_report& report = reports.emplace_back();
            if (!row.cells.empty()) {
                report.checkpoint = row.cells.back().checkpoint;
                report.label = row.cells.back().label;
            }
            report.source = row.comment_source;
            latest_word = reports.size() - 1;
        }
        reports[*latest_word].comment = row.comment;
    }
    return tally;
}

}  // namespace mk::recognize
