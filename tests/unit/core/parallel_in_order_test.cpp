// Work done on several threads and taken up in its own order (SK documents filled on every core).
#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "src/core/parallel_in_order.hpp"

namespace mk::test {
namespace {

// Made out of order: later pieces are quicker than earlier ones.
int slow_square(std::size_t n) {
    std::this_thread::sleep_for(std::chrono::microseconds(((n * 7919) % 13) * 100));
    return static_cast<int>(n * n);
}

}  // namespace

TEST_CASE("parallel_in_order: every result is taken up once, in order, whatever the threads finish first") {
    for (unsigned threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        std::vector<std::size_t> before;
        std::vector<int> used;
        parallel_in_order<int>(
            100, threads, 3, slow_square, [&](std::size_t n) { before.push_back(n); },
            [&](std::size_t n, int& result) {
                CHECK(before.back() == n);
                used.push_back(result);
            });
        REQUIRE(used.size() == 100);
        for (std::size_t n = 0; n < used.size(); ++n) CHECK(used[n] == static_cast<int>(n * n));
    }
}

TEST_CASE("parallel_in_order: a failure in the work is thrown where its result would be taken up") {
    for (unsigned threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        std::vector<std::size_t> used;
        std::size_t last_before = 0;
        auto make = [](std::size_t n) {
            if (n == 37) throw std::runtime_error("37");
            return slow_square(n);
        };
        CHECK_THROWS_WITH(parallel_in_order<int>(
                              100, threads, 4, make, [&](std::size_t n) { last_before = n; },
                              [&](std::size_t n, int&) { used.push_back(n); }),
                          "37");
        CHECK(used.size() == 37);
        CHECK(last_before == 37);
    }
}

TEST_CASE("parallel_in_order: a failure in taking up a result stops the workers") {
    std::size_t made_after = 0;
    std::mutex mutex;
    auto make = [&](std::size_t n) {
        std::lock_guard lock(mutex);
        if (n > 10) ++made_after;
        return static_cast<int>(n);
    };
    CHECK_THROWS(parallel_in_order<int>(
        1000, 2, 2, make, [](std::size_t) {},
        [](std::size_t n, int&) {
            if (n == 10) throw std::runtime_error("stop");
        }));
    // Two results at most are made ahead of the one in use.
    CHECK(made_after <= 3);
}

TEST_CASE("parallel_in_order: with one thread everything runs on the calling thread") {
    auto caller = std::this_thread::get_id();
    parallel_in_order<int>(
        5, 1, 1,
        [&](std::size_t n) {
            CHECK(std::this_thread::get_id() == caller);
            return static_cast<int>(n);
        },
        [](std::size_t) {}, [](std::size_t, int&) {});
}

}  // namespace mk::test
