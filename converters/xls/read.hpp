#pragma once
// .xls reader (Excel 97–2003, BIFF8, and the older BIFF versions FreeXL reads): bytes → neutral
// workbook, through FreeXL after the compound file and the sizes it claims are checked.
#include <string_view>

#include "src/container/workbook.hpp"

namespace mk {

// Reads an .xls file: every sheet with its text, numbers and dates (1900 and 1904 systems, as the
// .xlsx reader gives them). FreeXL 1.0.6 gives no booleans, errors, formula results, merges, number
// formats or sheet visibility, so such cells are empty, there are no merges and every sheet is
// visible. Throws mk::error when the file is damaged, password-protected or passes a limit
// (converters/xls/limits.hpp, the memory budget).
workbook read_xls(std::string_view bytes);

}  // namespace mk
