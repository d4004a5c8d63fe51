#include "src/recognize/follow_up_statuses.hpp"

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "src/container/workbook.hpp"
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
    status_tally tally;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const status_row& row = rows[r];
        const status_table& table = tables[row.table];
        std::vector<model::status_report>& reports = doc.activities[row.activity].statuses;
        std::optional<std::size_t> latest_word;
        // At most one report a cell: room made once, not by doubling (125,000 activities of L.xlsx).
        reports.reserve(reports.size() + row.cells.size());
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            status_reading reading;
            if (words.has_letters(row.cells[i].text)) {
                reading = words.read(row.cells[i].text);
            } else if (auto found = without_letters.find({r, i}); found != without_letters.end()) {
                reading = std::move(found->second);
            }
            if (reading.no_status || (reading.word.empty() && !filled.contains({row.table, i}))) continue;
            model::status_report& report = reports.emplace_back();
            report.checkpoint = table.columns[i].checkpoint;
            report.label = table.columns[i].label;
            report.source = cell_place(table.sheet_place, row.row, table.columns[i].col);
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
            if (!table.columns.empty()) {
                report.checkpoint = table.columns.back().checkpoint;
                report.label = table.columns.back().label;
            }
            report.source = cell_place(table.sheet_place, row.row, table.comment_col.value_or(0));
            latest_word = reports.size() - 1;
        }
        reports[*latest_word].comment = row.comment;
    }
    return tally;
}

}  // namespace mk::recognize
