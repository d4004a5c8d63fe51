// Work on consecutive parts of a list, one part per core (status reports and stable ids).
#include <doctest/doctest.h>

#include <mutex>
#include <stdexcept>
#include <vector>

#include "src/core/in_parts.hpp"
#include "src/core/parallel_in_order.hpp"

TEST_CASE("in_parts: the parts cover every item once, in consecutive ranges in the order of their part") {
    for (std::size_t count : {0u, 1u, 4095u, 8192u, 100000u}) {
        CAPTURE(count);
        std::size_t parts = mk::part_count(count, 4096);
        CHECK(parts >= 1);
        CHECK(parts <= mk::worker_threads());
        CHECK(parts <= std::max<std::size_t>(1, count / 4096));
        std::vector<std::pair<std::size_t, std::size_t>> ranges(parts);
        std::vector<int> seen(count);
        std::mutex mutex;
        mk::in_parts(count, 4096, [&](std::size_t part, std::size_t begin, std::size_t end) {
            std::lock_guard lock(mutex);
            ranges[part] = {begin, end};
            for (std::size_t i = begin; i < end; ++i) ++seen[i];
        });
        for (int n : seen) REQUIRE(n == 1);
        CHECK(ranges.front().first == 0);
        CHECK(ranges.back().second == count);
        for (std::size_t part = 1; part < parts; ++part) CHECK(ranges[part].first == ranges[part - 1].second);
    }
}

TEST_CASE("in_parts: the exception of the first part that threw is rethrown, once every part is done") {
    std::size_t parts = mk::part_count(100000, 10);
    std::vector<int> done(parts);
    auto work = [&](std::size_t part, std::size_t, std::size_t) {
        done[part] = 1;
        if (part + 1 == parts || part == 0) throw std::runtime_error("del " + std::to_string(part));
    };
    CHECK_THROWS_WITH_AS(mk::in_parts(100000, 10, work), "del 0", std::runtime_error);
    for (int d : done) CHECK(d == 1);
}
