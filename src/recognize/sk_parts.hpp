#pragma once
// What the SK recognizer's files share: where the walk is and how a place is written.
#include <cstdint>
#include <map>
#include <optional>
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

// What read_table read of a table: the cells no value is read from, besides those it notes.
struct table_read {
    // The table's header row: it and the title rows above it hold the template's words.
    std::size_t header_row = 0;
    // The columns under the header no value is read from (a survey table's other area).
    std::vector<std::size_t> unread_columns;
};

// Reads a table of the SK document into report when it is one of its kinds (results, meritvärde,
// national tests, survey indices, Målanalys, Planeringsrapport), and says what it read; nullopt
// when it is none of them. Text in the top-left cell the template leaves empty does not keep a
// table from being read; it is noted in notes at its place.
std::optional<table_read> read_table(const block& table, const position& at, model::sk_report& report,
                                     std::vector<model::read_note>& notes);

}  // namespace mk::recognize::sk
