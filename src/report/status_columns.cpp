#include "src/report/status_columns.hpp"

#include <algorithm>

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

}  // namespace

std::vector<status_column> status_columns(const model::document& doc) {
    std::vector<status_column> columns;
    for (const model::activity& a : doc.activities)
        for (const model::status_report& r : a.statuses) {
            if (r.word.empty()) continue;
            bool known = std::any_of(columns.begin(), columns.end(), [&](const status_column& c) {
                return c.checkpoint == r.checkpoint && c.label == r.label;
            });
            if (!known) columns.push_back({r.checkpoint, r.label, {}});
        }
    std::stable_sort(columns.begin(), columns.end(),
                     [](const status_column& a, const status_column& b) { return a.checkpoint < b.checkpoint; });
    for (status_column& c : columns) c.header = header_for(c);
    return columns;
}

std::optional<std::size_t> column_of(const std::vector<status_column>& columns, const model::status_report& report) {
    if (report.word.empty()) return std::nullopt;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].checkpoint == report.checkpoint && columns[i].label == report.label) return i;
    return std::nullopt;
}

}  // namespace mk::report
