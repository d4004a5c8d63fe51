// A1 references: the letters of every column and the number of every row, written and read back.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "src/container/workbook.hpp"

namespace mk::test {

TEST_CASE("a1: column letters at each change of length, and the largest column a number can name") {
    CHECK(format_a1(0, 0) == "A1");
    CHECK(format_a1(1, 25) == "Z2");
    CHECK(format_a1(9, 26) == "AA10");
    CHECK(format_a1(0, 701) == "ZZ1");
    CHECK(format_a1(0, 702) == "AAA1");
    CHECK(format_a1(1048575, 16383) == "XFD1048576");
    CHECK(column_name(std::numeric_limits<std::uint32_t>::max()) == "MWLQKWV");
    CHECK(format_a1(std::numeric_limits<std::uint32_t>::max(), 0) == "A4294967296");
    std::string line = "x\t";
    append_a1(line, 2, 1);
    CHECK(line == "x\tB3");
}

TEST_CASE("a1: every column of a sheet reads back as written") {
    for (std::uint32_t col = 0; col < 16384; ++col) {
        auto place = parse_a1(format_a1(1048575, col));
        REQUIRE(place);
        CHECK(place->first == 1048575);
        REQUIRE(place->second == col);
    }
}

}  // namespace mk::test
