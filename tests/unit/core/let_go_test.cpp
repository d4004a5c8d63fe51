// Large objects let go: freed at once, or kept until the process ends by a one-command process.
#include <doctest/doctest.h>

#include <memory>
#include <vector>

#include "src/core/let_go.hpp"

namespace mk::test {
namespace {

// Counts the destructions of the objects it owns.
struct counted {
    explicit counted(int& destroyed) : token(std::shared_ptr<int>(&destroyed, [](int* n) { ++*n; })) {}
    std::shared_ptr<int> token;
};

}  // namespace

TEST_CASE("let_go: by default what it is handed is freed at once, the object left empty") {
    int destroyed = 0;
    std::vector<counted> big;
    big.emplace_back(destroyed);
    big.emplace_back(destroyed);
    REQUIRE_FALSE(keeping_until_exit());
    let_go(big);
    CHECK(big.empty());
    CHECK(destroyed == 2);
}

TEST_CASE("let_go: after keep_until_exit(true) what it is handed is kept, not freed, and the object left empty") {
    int destroyed = 0;
    std::vector<counted> big;
    big.emplace_back(destroyed);
    keep_until_exit(true);
    let_go(big);
    keep_until_exit(false);
    CHECK(big.empty());
    CHECK(destroyed == 0);
}

}  // namespace mk::test
