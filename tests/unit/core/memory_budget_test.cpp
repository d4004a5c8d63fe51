// The memory budget of one load: counted on the thread that made it and on the threads it is
// shared with, never past its limit, and the part that passed it named.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::test {

TEST_CASE("memory budget: counts until the limit, then refuses naming the part that passed it") {
    memory_budget budget(1000);
    CHECK(budget.try_spend(600, "a.xml"));
    CHECK_FALSE(budget.try_spend(500, "b.xml"));
    CHECK_FALSE(budget.try_spend(1, "c.xml"));  // exhausted for good
    try {
        budget.throw_if_exhausted();
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == "memory.budget");
        CHECK(std::string(e.what()).find("b.xml") != std::string::npos);
    }
}

TEST_CASE("memory budget: given back, counted again") {
    memory_budget budget(1000);
    CHECK(budget.try_spend(900, "a.xml"));
    budget.give_back(500);
    CHECK(budget.try_spend(600, "a.xml"));
    budget.give_back(5000);  // more than was spent: nothing left counted
    CHECK(budget.try_spend(1000, "a.xml"));
}

TEST_CASE("memory budget: threads sharing it count together, never past the limit") {
    constexpr std::uint64_t limit = 1'000'000;
    memory_budget budget(limit);
    std::atomic<std::uint64_t> granted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            memory_budget_share share(&budget);
            while (current_memory_budget()->try_spend(7, "shared.xml")) granted += 7;
        });
    for (auto& thread : threads) thread.join();
    CHECK(granted <= limit);
    CHECK(granted > limit - 7 * 4);
    CHECK(current_memory_budget() == &budget);
}

TEST_CASE("memory budget: a share is the thread's budget while it lives, then the one before") {
    memory_budget outer(100);
    std::thread([&] {
        CHECK(current_memory_budget() == nullptr);
        {
            memory_budget_share share(&outer);
            CHECK(current_memory_budget() == &outer);
        }
        CHECK(current_memory_budget() == nullptr);
    }).join();
}

}  // namespace mk::test
