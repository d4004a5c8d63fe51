#include "src/report/status_columns.hpp"

#include <algorithm>
#include <tuple>

#include "src/recognize/columns.hpp"

namespace mk::report {
namespace {

std::string plain_header(model::checkpoint checkpoint) {
    switch (checkpoint) {
        case model::checkpoint::delar_1: return "Status delår 1";
        case model::checkpoint::delar_2: return "Status delår 2";
        case model::checkpoint::bokslut: return "Status bokslut";
        case model::checkpoint::report: return "Status";
    }
    return "Status";
}

std::string header_for(const status_column& column) {
    auto read_back = recognize::classify_header(column.label);
    bool same = read_back && read_back->role == recognize::column_role::status &&
                read_back->checkpoint == column.checkpoint;
    return same ? column.label : plain_header(column.checkpoint);
}

// How many of reports before reports[i] have its checkpoint and label.
std::size_t nth_of(const std::vector<model::status_report>& reports, std::size_t i) {
    return static_cast<std::size_t>(std::count_if(
        reports.begin(), reports.begin() + static_cast<std::ptrdiff_t>(i), [&](const model::status_report& r) {
            return r.checkpoint == reports[i].checkpoint && r.label == reports[i].label;
        }));
}

}  // namespace

std::vector<status_column> status_columns(const model::document& doc) {
    std::vector<status_column> columns;
    for (const model::activity& a : doc.activities)
        for (std::size_t i = 0; i < a.statuses.size(); ++i) {
            if (a.statuses[i].word.empty()) continue;
            bool known = std::any_of(columns.begin(), columns.end(),
                                     [&](const status_column& c) { return is_of(c, a.statuses, i); });
            if (!known) columns.push_back({a.statuses[i].checkpoint, a.statuses[i].label, {}, nth_of(a.statuses, i)});
        }
    std::stable_sort(columns.begin(), columns.end(), [](const status_column& a, const status_column& b) {
        return std::tie(a.checkpoint, a.nth) < std::tie(b.checkpoint, b.nth);
    });
    for (status_column& c : columns) c.header = header_for(c);
    return columns;
}

bool is_of(const status_column& column, const std::vector<model::status_report>& reports, std::size_t i) {
    return reports[i].checkpoint == column.checkpoint && reports[i].label == column.label &&
           nth_of(reports, i) == column.nth;
}

std::optional<std::size_t> column_of(const std::vector<status_column>& columns,
                                     const std::vector<model::status_report>& reports, std::size_t i) {
    if (reports[i].word.empty()) return std::nullopt;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (is_of(columns[c], reports, i)) return c;
    return std::nullopt;
}

}  // namespace mk::report
