#pragma once
// The value of one ODF table cell (office:value-type and its value attributes, or its text).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "converters/ods/styles.hpp"
#include "src/container/workbook.hpp"

namespace mk::ods {

// Where a cell is, for messages: its sheet and 0-based position (possibly beyond the sheet's limits).
struct cell_place {
    std::string_view sheet;
    std::uint64_t row = 0;
    std::uint64_t col = 0;
};

// "content.xml, bladet "X", cell B3" in the current language; "rad 2000000, kolumn 3" beyond the limits.
std::string describe(const cell_place& place);

// The value of a table:table-cell as a workbook cell (row and col not set), or nullopt when the cell
// is empty; styles tell whether a date shows its time. Throws mk::error naming place when a value
// attribute is malformed.
std::optional<cell> read_cell_value(pugi::xml_node element, const cell_place& place, const style_facts& styles);

}  // namespace mk::ods
