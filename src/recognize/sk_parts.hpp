#pragma once
// What the SK recognizer's files share: where the walk is and how a place is written.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "src/container/document.hpp"
#include "src/model/document.hpp"
#include "src/model/sk_report.hpp"

namespace mk::recognize::sk {

// Where a block stands: the headings above it and the table numbers of the document.
struct position {
    const model::shared_name file;
    // 1-based table numbers in document order (nested tables counted too).
    std::map<const block*, std::uint32_t> table_numbers;
    // The nearest heading of each level above the block (index 1..9), empty when none.
    std::string headings[10];
    // The nearest heading of any level.
    std::string nearest;
    // The school's area as the Bilagor name it ("Sydvästra/Östra"); empty when not named.
    std::string area;

    // The place of a table cell (1-based row and column) under section.
    model::source_ref cell(const block& table, std::size_t row, std::size_t col, const std::string& section) const;
};

// Reads a table of the SK document into report when it is one of its kinds (results, meritvärde,
// national tests, survey indices, Målanalys, Planeringsrapport), and returns whether it is. Text in
// the top-left cell the template leaves empty does not keep a table from being read; it is noted
// in notes at its place.
bool read_table(const block& table, const position& at, model::sk_report& report, std::vector<model::read_note>& notes);

}  // namespace mk::recognize::sk
