#pragma once
// One worksheet part (sheetN.xml) into a sheet of the neutral workbook.
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "converters/xlsx/dates.hpp"
#include "converters/xlsx/styles.hpp"
#include "src/container/workbook.hpp"

namespace mk::xlsx {

// What the workbook part gives every worksheet.
struct workbook_context {
    const std::vector<std::string>& shared_strings;
    const cell_styles& styles;
    date_system dates = date_system::from_1900;
};

// Reads the cells, merged ranges and hidden rows and columns of a <worksheet> root (from part)
// into out (whose name is set) and finishes it; throws mk::error naming the sheet and the place when
// a reference, value or index is invalid, or naming part when its cells pass the memory budget.
void read_worksheet(pugi::xml_node root, const workbook_context& context, std::string_view part, sheet& out);

}  // namespace mk::xlsx
