#pragma once
// .xls reader (Excel 97–2003, BIFF8, and the older BIFF versions FreeXL reads): bytes → neutral
// workbook, through FreeXL after the compound file and the sizes it claims are checked.
#include <string_view>

#include "src/container/workbook.hpp"

namespace mk {

// Reads an .xls file: every sheet with its name and text from FreeXL, and from the records
// themselves what FreeXL 1.0.6 leaves out or gets wrong (biff_cells.hpp): numbers, dates (1900 and
// 1904 systems), times, durations and percentages, formula results, booleans, errors, merges and
// solid fills (BIFF8), hidden sheets, all as the .xlsx reader gives them. Throws mk::error when the
// file is damaged, password-protected or passes a limit (converters/xls/limits.hpp, the memory
// budget).
workbook read_xls(std::string_view bytes);

}  // namespace mk
