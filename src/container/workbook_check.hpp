#pragma once
// What every spreadsheet writer requires of a workbook before it writes a byte.
#include "src/container/workbook.hpp"

namespace mk {

// Throws mk::error naming the sheet and cell when book cannot be written as a valid spreadsheet:
// no sheet or no visible sheet; a sheet name that is empty, repeated (ignoring case), holds a
// control character or one of [ ] * ? : / \ or starts or ends with an apostrophe; cells not sorted
// by place (sheet::finish() not run); a style index beyond book.styles; a fill that is not RRGGBB;
// a number that is not finite; a date that is not ISO 8601 (see parse_iso_moment); merged ranges
// that overlap or are reversed; a reversed autofilter; a negative or too wide column width; a
// creation date that is not ISO 8601.
void check_writable(const workbook& book);

// The index of the first visible sheet (the one shown when a written file opens); 0 when none is.
std::size_t first_visible_sheet(const workbook& book);

// Widest column a spreadsheet allows, in characters (Excel's limit).
inline constexpr double max_column_width = 255;

}  // namespace mk
