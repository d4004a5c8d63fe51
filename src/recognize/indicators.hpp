#pragma once
// The indicator a data row of a follow-up table reports: Indikator, Målvärde, Utfall and Trend.
#include <optional>
#include <span>
#include <string>

#include "src/container/workbook.hpp"
#include "src/model/indicator.hpp"
#include "src/recognize/columns.hpp"

namespace mk::recognize {

// The indicator of row in the table with these columns: its name, target, outcomes (in column
// order, each with its label, year, checkpoint and cell) and trend, the values typed
// (indicator_value.hpp); nullopt when the row's indicator, target, outcome and trend cells are all
// empty. Places are sheet_place (the file and the sheet) with their cells.
std::optional<model::indicator> read_row_indicator(const sheet& s, std::uint32_t row, std::span<const column> columns,
                                                   const model::source_ref& sheet_place);

}  // namespace mk::recognize
