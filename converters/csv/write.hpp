#pragma once
// .csv writer: what Swedish Excel opens directly (UTF-8 with BOM, ';', CRLF), with no formula run.
#include <string>
#include <vector>

#include "src/container/workbook.hpp"

namespace mk {

// One sheet as CSV: rows from the first to the last non-empty one, each as wide as the widest.
// Text starting with '=', '+', '-', '@', tab or CR gets a leading "'" so that no formula runs
// (csv::guarded, read back without it); numbers are written as numbers, and a number whose look in
// styles shows a percentage as it shows ("92 %").
std::string write_csv(const sheet& s, const std::vector<cell_style>& styles = {});

// The first sheet of book as CSV with book's looks (a CSV file holds one sheet); only the byte-order mark when the
// book has no sheet.
std::string write_csv_workbook(const workbook& book);

// Rows of texts as CSV, with the same quoting and formula guard as write_csv.
std::string write_csv_rows(const std::vector<std::vector<std::string>>& rows);

}  // namespace mk
