// Bytes made on a thread of their own and used in their order (a large zip entry inflated while the
// piece before it is parsed).
#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>

#include "src/core/fill_ahead.hpp"

namespace mk::test {
namespace {

// Fills pieces of a counting text of `total` bytes, with a pause now and then so that both sides wait.
struct counting_text {
    std::size_t total;
    std::size_t made = 0;
    std::size_t calls = 0;
    std::size_t operator()(std::span<char> buffer) {
        ++calls;
        if (calls % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
        std::size_t n = std::min(buffer.size(), total - made);
        for (std::size_t i = 0; i < n; ++i) buffer[i] = static_cast<char>('a' + (made + i) % 26);
        made += n;
        return n;
    }
};

std::string expected_text(std::size_t total) {
    std::string text;
    for (std::size_t i = 0; i < total; ++i) text += static_cast<char>('a' + i % 26);
    return text;
}

}  // namespace

TEST_CASE("fill_ahead: every piece is taken once, in order, whichever side is slower") {
    for (std::size_t ahead : {1u, 2u, 8u}) {
        CAPTURE(ahead);
        counting_text fill{100'003};
        std::string taken;
        std::size_t pieces = 0;
        fill_ahead(1000, ahead, std::ref(fill), [&](std::string_view piece) {
            CHECK(piece.size() <= 1000);
            if (++pieces % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
            taken += piece;
        });
        CHECK(taken == expected_text(100'003));
        CHECK(pieces == 101);
    }
}

TEST_CASE("fill_ahead: nothing filled, nothing taken") {
    bool took = false;
    fill_ahead(
        16, 4, [](std::span<char>) { return std::size_t{0}; }, [&](std::string_view) { took = true; });
    CHECK_FALSE(took);
}

TEST_CASE("fill_ahead: an error of fill comes after every piece filled before it") {
    std::size_t calls = 0;
    std::string taken;
    auto fill = [&](std::span<char> buffer) -> std::size_t {
        if (++calls == 4) throw std::runtime_error("damaged");
        std::memset(buffer.data(), 'x', 10);
        return 10;
    };
    CHECK_THROWS_WITH(fill_ahead(10, 8, fill, [&](std::string_view piece) { taken += piece; }), "damaged");
    CHECK(taken == std::string(30, 'x'));
}

TEST_CASE("fill_ahead: an error of take stops the filling") {
    std::size_t calls = 0;
    auto fill = [&](std::span<char> buffer) -> std::size_t {
        ++calls;
        buffer[0] = 'x';
        return 1;  // without end: only the stop ends it
    };
    std::size_t taken = 0;
    CHECK_THROWS_WITH(fill_ahead(1, 3, fill,
                                 [&](std::string_view) {
                                     if (++taken == 5) throw std::runtime_error("bad XML");
                                 }),
                      "bad XML");
    CHECK(taken == 5);
    // At most the pieces the window allows beyond the one that failed, and the one in hand.
    CHECK(calls <= 5 + 3 + 1);
}

}  // namespace mk::test
