// Pieces used on a thread of their own while the next are made (an output file written while the
// rest of it is serialized).
#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "src/core/drain_behind.hpp"

namespace mk::test {

TEST_CASE("drain_behind: every piece is used once, in order, also pieces larger than the window") {
    std::string used;
    std::size_t calls = 0;
    {
        drain_behind behind(
            [&](std::string_view piece) {
                if (++calls % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
                used += piece;
            },
            16);
        std::string expected;
        for (int i = 0; i < 200; ++i) {
            std::string piece = std::to_string(i) + (i % 50 == 0 ? std::string(40, '-') : "") + ",";
            behind.push(piece);
            expected += piece;
        }
        behind.finish();
        CHECK(used == expected);
    }
    CHECK(calls == 200);
}

TEST_CASE("drain_behind: an error of use is thrown by a later push or by finish, and nothing more is used") {
    std::size_t calls = 0;
    drain_behind behind(
        [&](std::string_view) {
            if (++calls == 3) throw std::runtime_error("disk full");
        },
        1);
    bool thrown = false;
    try {
        for (int i = 0; i < 1000 && !thrown; ++i) behind.push("x");
        behind.finish();
    } catch (const std::runtime_error& e) {
        thrown = true;
        CHECK(std::string(e.what()) == "disk full");
    }
    CHECK(thrown);
    CHECK_THROWS_WITH(behind.finish(), "disk full");
    CHECK_THROWS_WITH(behind.push("y"), "disk full");
    CHECK(calls == 3);
}

TEST_CASE("drain_behind: dropped unused when it ends without finish") {
    std::size_t calls = 0;
    {
        drain_behind behind([&](std::string_view) { ++calls; }, 1 << 20);
        behind.push("a");
    }
    CHECK(calls <= 1);
}

}  // namespace mk::test
