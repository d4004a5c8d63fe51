#pragma once
// One table:table of an .ods spreadsheet into a workbook sheet, with the repeat attributes of rows
// and cells expanded under a budget.
#include <cstdint>
#include <string_view>

#include <pugixml.hpp>

#include "converters/ods/styles.hpp"
#include "src/container/workbook.hpp"

namespace mk::ods {

// What a whole workbook may expand to: repeats are counts the file claims, not bytes it holds.
class expansion_budget {
public:
    // Most cells, merged ranges and hidden rows or columns produced in one workbook.
    static constexpr std::uint64_t max_items = 2'000'000;
    // Most bytes of cell text produced in one workbook.
    static constexpr std::uint64_t max_text_bytes = 256ull << 20;

    // Accounts for `copies` items of text_bytes each; throws mk::error "ods.too_many_cells" naming
    // sheet when the workbook goes over a limit.
    void spend(std::uint64_t copies, std::uint64_t text_bytes, std::string_view sheet);

private:
    std::uint64_t items_ = 0;
    std::uint64_t text_bytes_ = 0;
};

// Reads table (a table:table element) into a sheet named by table:name, finished, hidden when its
// style says so; empty cells and empty repeats produce nothing. Throws mk::error naming the sheet
// and cell when a non-empty cell lies beyond max_rows/max_cols, a count or value is malformed or
// the budget runs out.
sheet read_table(pugi::xml_node table, const style_facts& styles, expansion_budget& budget);

}  // namespace mk::ods
