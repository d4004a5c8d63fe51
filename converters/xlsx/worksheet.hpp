#pragma once
// One worksheet part (sheetN.xml) into a sheet of the neutral workbook.
#include <string>
#include <string_view>
#include <vector>

#include "converters/xlsx/dates.hpp"
#include "converters/xlsx/shared_strings.hpp"
#include "converters/xlsx/styles.hpp"
#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"

namespace mk {
class zip_package;
}

namespace mk::xlsx {

// What the workbook part gives every worksheet.
struct workbook_context {
    shared_strings_ahead& shared_strings;
    const cell_styles& styles;
    date_system dates = date_system::from_1900;
};

// Reads the cells, merged ranges and hidden rows and columns of the worksheet part of package into
// out (whose name is set) as a stream, and finishes it; throws mk::error naming the sheet and the
// place when a reference, value or index is invalid, or naming part when it is not XML or its cells
// pass a limit or the memory budget.
void read_worksheet(zip_package& package, std::string_view part, const workbook_context& context, sheet& out);

// Thrown by visit_worksheet when a cell's place is not after the one before it (out of order or
// twice) or a cell comes after a merged range: the sheet must be read whole by read_worksheet, which
// sorts, refuses duplicates and keeps the merges apart from the cells.
struct cells_out_of_order {};

// Reads the worksheet part as read_worksheet does, with the same checks and errors, but hands its
// cells and merges to visitor as they come (end_sheet after the last) instead of keeping them;
// header names the sheet. Throws cells_out_of_order at the first cell not after the one before or
// after a merge.
void visit_worksheet(zip_package& package, std::string_view part, const workbook_context& context, const sheet& header,
                     sheet_visitor& visitor);

}  // namespace mk::xlsx
