#pragma once
// One worksheet part (sheetN.xml) into a sheet of the neutral workbook.
#include <string>
#include <string_view>
#include <vector>

#include "converters/xlsx/dates.hpp"
#include "converters/xlsx/styles.hpp"
#include "src/container/workbook.hpp"

namespace mk {
class zip_package;
}

namespace mk::xlsx {

// What the workbook part gives every worksheet.
struct workbook_context {
    const std::vector<std::string>& shared_strings;
    const cell_styles& styles;
    date_system dates = date_system::from_1900;
};

// Reads the cells, merged ranges and hidden rows and columns of the worksheet part of package into
// out (whose name is set) as a stream, and finishes it; throws mk::error naming the sheet and the
// place when a reference, value or index is invalid, or naming part when it is not XML or its cells
// pass a limit or the memory budget.
void read_worksheet(zip_package& package, std::string_view part, const workbook_context& context, sheet& out);

}  // namespace mk::xlsx
