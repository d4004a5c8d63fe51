#pragma once
// Every limit the .xls reader enforces before FreeXL sees a file, in one place. FreeXL trusts the
// counts in a file (it allocates a sheet's whole grid of rows × columns as it opens the file), so
// these are checked on the bytes first; no count or size from the file is used to allocate.
#include <cstdint>

namespace mk::xls::limits {

// Directory entries (streams and storages) in one compound file.
inline constexpr std::uint64_t max_directory_entries = 4'096;
// Bytes of the workbook stream ("Workbook", or "Book" in Excel 5/95 files).
inline constexpr std::uint64_t max_workbook_stream = 256ull << 20;
// Rows and columns of one BIFF8 sheet (Excel 97–2003: 65,536 × 256); a sheet claiming more is damaged.
inline constexpr std::uint32_t max_rows = 65'536;
inline constexpr std::uint32_t max_cols = 256;
// Sheets of one workbook: as many as FreeXL's API can name (a 16-bit index).
inline constexpr std::uint32_t max_sheets = 65'535;
// Bytes FreeXL holds per cell of a sheet's grid, empty cells included, and per shared string:
// what a file's grids and shared-string table cost the memory budget before FreeXL opens it.
inline constexpr std::uint64_t grid_cell_bytes = 16;
inline constexpr std::uint64_t shared_string_bytes = 8;
// Days FreeXL may count one by one to turn date serials into text, summed over a file: about four
// seconds of its work, or 90,000 dates of this century (a date is about 45,000 days from 1900).
inline constexpr std::uint64_t max_date_days = 4'000'000'000;

}  // namespace mk::xls::limits
