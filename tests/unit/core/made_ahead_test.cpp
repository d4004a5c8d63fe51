#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "src/core/made_ahead.hpp"

TEST_CASE("made ahead: values are taken in order, made by a maker that keeps state, past the window") {
    std::size_t previous = 0;
    mk::made_ahead<std::string> values(10000, 16, [&](std::size_t i) {
        std::string value = std::to_string(i) + "/" + std::to_string(previous);
        previous = i;
        return value;
    });
    for (std::size_t i = 0; i < 10000; ++i) {
        std::string expected = std::to_string(i) + "/" + std::to_string(i == 0 ? 0 : i - 1);
        REQUIRE(values.take(i) == expected);
    }
}

TEST_CASE("made ahead: what make throws is rethrown where its value is taken, after the values before it") {
    mk::made_ahead<int> values(500, 8, [](std::size_t i) {
        if (i == 300) throw std::runtime_error("rad 300");
        return static_cast<int>(i);
    });
    for (std::size_t i = 0; i < 300; ++i) REQUIRE(values.take(i) == static_cast<int>(i));
    CHECK_THROWS_WITH_AS(values.take(300), "rad 300", std::runtime_error);
}

TEST_CASE("made ahead: values left untaken are not waited for") {
    mk::made_ahead<int> values(1000000, 4, [](std::size_t i) { return static_cast<int>(i); });
    CHECK(values.take(0) == 0);
    CHECK(values.take(1) == 1);
}
