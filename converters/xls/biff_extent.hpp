#pragma once
// What FreeXL spends on a workbook stream, measured from its BIFF records before FreeXL opens the
// file: FreeXL makes the whole grid (rows × columns) of a sheet for every DIMENSIONS record and for
// each sheet's furthest cell, a slot per shared string the SST record announces, and turns a number
// with a date format into text by counting its days one by one from 1900 (2·10⁹ takes seconds).
// FreeXL reads the values; this only measures.
#include <cstdint>
#include <string_view>

namespace mk::xls {

struct biff_extent {
    // Grid cells of every DIMENSIONS record and of each sheet's furthest cell, summed.
    std::uint64_t grid_cells = 0;
    // Shared strings the SST records announce, summed.
    std::uint64_t shared_strings = 0;
    // Days FreeXL counts to turn the numbers of cells with a date format into dates, summed.
    std::uint64_t date_days = 0;
    // Whether a FILEPASS record says the records after it are encrypted (measuring stops there).
    bool encrypted = false;
};

// Measures a workbook stream; throws mk::error when a record is longer than BIFF8 allows, runs past
// the stream, a sheet claims more rows or columns than BIFF8 has, or the date days pass
// max_date_days (limits.hpp).
biff_extent measure_biff(std::string_view stream);

}  // namespace mk::xls
