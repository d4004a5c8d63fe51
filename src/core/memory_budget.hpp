#pragma once
// The memory one load may use: every inflated byte, XML node and string a reader makes is counted
// against it as it is made, so a small hostile file is refused before it can grow large. Only XML
// trees freed within the load give back what they counted (a streamed part is read as a series of
// small trees); everything else stays counted until the load ends. The figure is in the README's "Limits and memory".
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "src/core/byte_source.hpp"

namespace mk {

// The budget of one load when the user sets none.
inline constexpr std::uint64_t default_memory_floor = 256ull << 20;
// ... or this many times the input's size, when that is larger.
inline constexpr std::uint64_t default_memory_factor = 32;

// Of every budget, what the program itself (code, libraries, stacks) is taken to use, so that the
// whole process stays within the figure.
inline constexpr std::uint64_t program_memory = 32ull << 20;

// The figure --max-minne-mb sets for every load of this run (nullopt: the default rule).
void set_memory_limit(std::optional<std::uint64_t> bytes);

// The budget for loading an input of input_size bytes: the user's figure, else the default rule.
std::uint64_t memory_limit_for(std::uint64_t input_size);

class memory_budget {
public:
    // A budget of limit bytes, installed as the current thread's for its lifetime (the previous
    // one is restored after it).
    explicit memory_budget(std::uint64_t limit);
    ~memory_budget();
    memory_budget(const memory_budget&) = delete;
    memory_budget& operator=(const memory_budget&) = delete;

    // Counts bytes more; false (counting nothing, remembering part) when that passes the limit.
    // Safe on every thread the budget is shared with (memory_budget_share).
    bool try_spend(std::uint64_t bytes, std::string_view part) noexcept;
    // Counts bytes less, for memory counted by try_spend and freed within the load.
    void give_back(std::uint64_t bytes) noexcept;
    // Throws the error of an exhausted budget when a try_spend has failed.
    void throw_if_exhausted() const;
    // What distinguishes this budget from every other of the process, even one at the same address.
    std::uint64_t serial() const noexcept { return serial_; }

private:
    std::uint64_t limit_;
    std::atomic<std::uint64_t> spent_{0};
    std::atomic<bool> exhausted_{false};
    mutable std::mutex part_mutex_;  // guards part_, written once by the try_spend that fails first, and
                                     // held while exhausted_ is set
    std::string part_;
    memory_budget* previous_;
    std::uint64_t serial_;
};

// While it lives, budget (nullptr: none) is the current one of the thread that made it too: a thread
// helping a load counts against the load's budget, which must outlive it.
class memory_budget_share {
public:
    explicit memory_budget_share(memory_budget* budget);
    ~memory_budget_share();
    memory_budget_share(const memory_budget_share&) = delete;
    memory_budget_share& operator=(const memory_budget_share&) = delete;

private:
    memory_budget* previous_;
};

// The budget installed on this thread; nullptr when none is.
memory_budget* current_memory_budget() noexcept;

// Counts bytes made while reading part against the current thread's budget (none installed:
// nothing counted); throws mk::error "memory.budget" naming part when the budget is passed.
void spend_memory(std::uint64_t bytes, std::string_view part);

// The budget of loading one input, installed on this thread for its lifetime: memory_limit_for the
// input's size, with the program itself and the input's own bytes (when held in memory) counted first.
class load_budget : public memory_budget {
public:
    explicit load_budget(const byte_source& input) : memory_budget(memory_limit_for(input.size())) {
        spend_memory(program_memory + (input.in_memory() ? input.size() : 0), {});
    }
};

}  // namespace mk
