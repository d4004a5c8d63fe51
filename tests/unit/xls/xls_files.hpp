#pragma once
// Test helpers: the .xls files of tests/data/xls (made by LibreOffice) and changed copies of them.
#include <cstdint>
#include <string>
#include <string_view>

#include "src/container/workbook.hpp"
#include "tests/unit/cell_at.hpp"

namespace mk::test {

// The bytes of tests/data/xls/NAME.
std::string xls_bytes(std::string_view name);

// bytes with the little-endian value of width bytes (2, 4 or 8) written at offset at of every
// occurrence of marker (a record's type and length); fails the test when there is none.
std::string patched(std::string bytes, std::string_view marker, std::size_t at, std::uint64_t value, int width);

}  // namespace mk::test
