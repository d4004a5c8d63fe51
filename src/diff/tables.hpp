#pragma once
// The changes as tables, one per kind of change: what the text, the workbook and the page list.
#include <optional>
#include <string>
#include <vector>

#include "src/core/message.hpp"
#include "src/diff/changes.hpp"

namespace mk::diff {

// One cell of a change table: a text, or a share (a similarity) with the text it is shown as.
struct change_cell {
    change_cell(std::string shown = {}) : text(std::move(shown)) {}
    // The share as a cell: 0.88 shown as "88 %"; an empty cell without one.
    static change_cell of_share(std::optional<double> share);
    std::string text;
    std::optional<double> share;
};

// The entries of one kind of change, as rows of cells under column titles.
struct change_table {
    // The kind as a title ("Omformulerade mål"), short enough for a sheet name.
    message title;
    std::vector<message> columns;
    std::vector<std::vector<change_cell>> rows;
};

// The kinds in a fixed order, each whether it has entries or not: goals reworded, moved, dropped and
// new; activities new, dropped, moved and with a changed status; last the indicators that changed,
// are new or were dropped.
std::vector<change_table> change_tables(const changes& found);

// One line per level and one for the activities and the indicators: how many are kept and how many
// changed in each way ("Nämndmål: 10 oförändrade, 1 omformulerat, …").
std::vector<std::string> summary_lines(const changes& found);

// A status as one cell: its canonical name and, when it differs, the word as written.
std::string status_text(const std::optional<model::status>& status, const std::string& word);

}  // namespace mk::diff
