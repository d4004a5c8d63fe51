#include <doctest/doctest.h>

#include "converters/package/zip.hpp"
#include "src/core/error.hpp"

TEST_CASE("package: empty bytes are rejected as an empty file") {
    try {
        mk::zip_package::open("");
        FAIL("no error");
    } catch (const mk::error& e) {
        CHECK(e.code() == "file.empty");
    }
}
