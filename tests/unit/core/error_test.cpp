#include <doctest/doctest.h>

#include "src/core/error.hpp"

TEST_CASE("an error names its context and stays on one line whatever a file put into it") {
    mk::error e("zip.bad_name", mk::tr("otillåten sökväg \"{0}\"", "forbidden path \"{0}\"", {"a\nb\x1B[31m\t\\"}));
    CHECK(std::string(e.what()) == "otillåten sökväg \"a\\nb\\x1B[31m\\t\\\"");
    CHECK(std::string(e.with_context("fil.xlsx").what()) == "fil.xlsx: otillåten sökväg \"a\\nb\\x1B[31m\\t\\\"");
    CHECK(e.msg().sv == "otillåten sökväg \"a\nb\x1B[31m\t\\\"");
}

TEST_CASE("the innermost context wins") {
    mk::error e = mk::error("x.y", mk::tr("fel", "error"), "inner.xlsx").with_context("outer.xlsx");
    CHECK(e.context() == "inner.xlsx");
    CHECK(std::string(e.what()) == "inner.xlsx: fel");
}
