#pragma once
// The cell of a sheet at an A1 reference, for the readers' tests.
#include <doctest/doctest.h>

#include <string_view>

#include "src/container/workbook.hpp"

namespace mk::test {

// The cell at an A1 reference; fails the test when it is empty.
inline const cell& cell_at(const sheet& s, std::string_view ref) {
    auto place = parse_a1(ref);
    REQUIRE(place);
    const cell* found = s.find(place->first, place->second);
    REQUIRE_MESSAGE(found, "no cell " << ref);
    return *found;
}

}  // namespace mk::test
