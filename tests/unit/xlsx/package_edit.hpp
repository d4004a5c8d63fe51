#pragma once
// Test helpers: read a real package, change its parts, and read the result as a workbook.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/workbook.hpp"
#include "tests/unit/package/zip_writer.hpp"

namespace mk::test {

// The bytes of a file below the fixtures folder ("uppfoljning/atagande-2018.xlsx").
std::string fixture_bytes(std::string_view relative_path);

// The bytes of a file below the source tree ("tests/data/xlsx/features.xlsx").
std::string source_bytes(std::string_view relative_path);

// The entries of a package, in archive order.
std::vector<zip_entry> package_entries(std::string_view bytes);

// The content of the entry called name; fails the test when there is none.
std::string& entry_content(std::vector<zip_entry>& entries, std::string_view name);

// Replaces every occurrence of from in text by to; fails the test when there is none.
void replace_all(std::string& text, std::string_view from, std::string_view to);

// The workbook read_xlsx makes of a package holding entries.
workbook read_entries(const std::vector<zip_entry>& entries);

// Checks that two workbooks hold the same sheets, cells, merges and hidden rows and columns.
void check_same_workbook(const workbook& actual, const workbook& expected);

// The fill at an A1 reference as RRGGBB, or "" when it has none.
std::string fill_at(const sheet& s, std::string_view ref);

// Checks the fills that fills.xlsx (tests/data/xlsx, made by openpyxl) and its LibreOffice twin
// fills.ods (tests/data/ods) both hold: RGB, an empty cell, theme colours with a tint, the indexed
// palette, a run of cells, the built-in styles Good and Bad.
void check_fills_of_fills_xlsx(const sheet& s);

// Checks the fills of the status cells, the header and the coloured footnotes of the fixture
// atagande-2018 (.xlsx by openpyxl, .ods by LibreOffice).
void check_atagande_fills(const sheet& s);

// The mk::error code action throws, or "" when it throws nothing.
std::string error_code_of(const std::function<void()>& action);

// The text of the error action throws, in Swedish, or "" when it throws nothing.
std::string error_text_of(const std::function<void()>& action);

}  // namespace mk::test
