#pragma once
// What FreeXL 1.0.6 leaves out of a BIFF workbook stream or gets wrong, read from the records
// themselves: the cached results of formulas (numbers, text, booleans, errors), booleans and error
// values (FreeXL reads a BOOLERR record as the number 0 or 1, an error too), merged ranges, solid
// fill colours, hidden sheets, and numbers with what their format makes of them as the .xlsx reader reads it
// (FreeXL takes any format with y and m, or m and d, for a date, "[Red]0%" too, gives durations
// as times of day and no percentages). read_xls adds these to the text and sheets FreeXL gives.
#include <cstdint>
#include <string_view>
#include <vector>

#include "src/container/workbook.hpp"

namespace mk::xls {

struct biff_sheet_extras {
    // Whether the sheet is hidden, from its sheet record (FreeXL shows every sheet).
    sheet_visibility visibility = sheet_visibility::visible;
    // Numbers, dates, formula results, booleans and errors, each replacing what FreeXL gives at its
    // place.
    std::vector<cell> cells;
    std::vector<cell_range> merges;
    // Each cell's solid fill, empty cells included, one cell per range.
    std::vector<fill_range> fills;
};

// The extras of each sheet, in the order of the workbook's sheet records (FreeXL's sheet order);
// everything counted against the memory budget as it is made. Expects a stream measure_biff has
// accepted (records within their lengths, sheets within 65,536 × 256).
std::vector<biff_sheet_extras> read_biff_extras(std::string_view stream);

}  // namespace mk::xls
