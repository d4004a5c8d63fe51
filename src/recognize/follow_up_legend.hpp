#pragma once
// The status legend of a follow-up sheet: the lines around and beside its tables that define what
// the status words and fills mean, and the rows they take.
#include <cstddef>
#include <span>

#include "src/container/workbook.hpp"
#include "src/recognize/cell_accounting.hpp"
#include "src/recognize/follow_up.hpp"
#include "src/recognize/status_legend.hpp"

namespace mk::recognize {

// Reads the legend of sheet s from the rows outside its tables (the skipped rows of out from
// first_skipped on) and beside them (beside, in row order; every row of a sheet without a table:
// has_table false) into
// legend and out.legends; its rows become layout's legend rows, and rows outside the tables skipped
// rows of reason legend.
void read_follow_up_legend(const sheet& s, bool has_table, std::span<const legend_row> beside,
                           std::size_t first_skipped, follow_up& out, status_definitions& legend,
                           std::span<const status_definitions* const> values, sheet_layout& layout);

}  // namespace mk::recognize
