#pragma once
// Workbooks the writer tests write and read back, and how they compare once read.
#include <string>
#include <vector>

#include "src/container/workbook.hpp"

namespace mk::test {

// Texts a writer must carry unchanged: markup characters, control characters, emoji, åäö, white
// space at the ends and inside, line breaks, and literal _xHHHH_ sequences.
std::vector<std::string> special_texts();

// A workbook with every cell type and value edge (dates around 1900-03-01, before 1900, times
// alone, midnight with a time), styles, merges, frozen rows, an autofilter, column widths, hidden
// rows and columns, and visible, hidden, very hidden and empty sheets.
workbook synthetic_workbook();

// One sheet of `rows` rows, each with a string, a number, a date and a boolean.
workbook large_workbook(std::uint32_t rows);

// The spreadsheet fixtures (.xlsx and .ods), as paths below MK_FIXTURES, sorted.
std::vector<std::string> spreadsheet_fixtures();
// A fixture read with the reader its extension names.
workbook read_fixture_workbook(const std::string& path);

// Checks (doctest CHECKs) that actual has the sheets of expected with the same names and
// visibility, and the same cells (type, text, and number for numbers and booleans), merges and
// hidden rows and columns. Empty texts in expected are left out: readers skip them.
void check_same_content(const workbook& expected, const workbook& actual);

// When the environment variable MK_INTEROP_OUT names a folder, writes bytes there as name;
// returns whether it did.
bool write_interop_file(const std::string& name, const std::string& bytes);

}  // namespace mk::test
