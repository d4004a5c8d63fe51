#include "src/core/memory_budget.hpp"

#include <atomic>

#include "src/core/error.hpp"

namespace mk {
namespace {

// 0: the default rule.
std::atomic<std::uint64_t> user_limit{0};
thread_local memory_budget* current = nullptr;
std::atomic<std::uint64_t> budgets_made{0};

std::string mebibytes(std::uint64_t bytes) { return std::to_string((bytes + (1ull << 20) - 1) >> 20); }

}  // namespace

void set_memory_limit(std::optional<std::uint64_t> bytes) { user_limit = bytes.value_or(0); }

std::uint64_t memory_limit_for(std::uint64_t input_size) {
    if (std::uint64_t user = user_limit) return user;
    std::uint64_t scaled =
        input_size > UINT64_MAX / default_memory_factor ? UINT64_MAX : input_size * default_memory_factor;
    return scaled > default_memory_floor ? scaled : default_memory_floor;
}

memory_budget::memory_budget(std::uint64_t limit) : limit_(limit), previous_(current), serial_(++budgets_made) {
    current = this;
}

memory_budget::~memory_budget() { current = previous_; }

bool memory_budget::try_spend(std::uint64_t bytes, std::string_view part) noexcept {
    std::uint64_t spent = spent_.load(std::memory_order_relaxed);
    while (!exhausted_.load(std::memory_order_relaxed) && bytes <= limit_ - spent)
        if (spent_.compare_exchange_weak(spent, spent + bytes, std::memory_order_relaxed)) return true;
    // The part is written before the budget shows as exhausted, so that another thread sharing the
    // budget never throws its error without the part.
    std::lock_guard lock(part_mutex_);
    if (!exhausted_) {
        try {
            part_ = part;
        } catch (...) {
        }
        exhausted_ = true;
    }
    return false;
}

void memory_budget::give_back(std::uint64_t bytes) noexcept {
    std::uint64_t spent = spent_.load(std::memory_order_relaxed);
    while (!spent_.compare_exchange_weak(spent, spent - (bytes < spent ? bytes : spent), std::memory_order_relaxed)) {
    }
}

void memory_budget::throw_if_exhausted() const {
    if (!exhausted_) return;
    std::string part;
    {
        std::lock_guard lock(part_mutex_);
        part = part_;
    }
    if (part.empty())
        throw error("memory.budget",
                    tr("filen behöver mer än {0} MiB minne när den läses: den är troligen manipulerad (är den "
                       "äkta, höj gränsen med --max-minne-mb)",
                       "the file needs more than {0} MiB of memory when read: it has probably been tampered "
                       "with (if it is genuine, raise the limit with --max-minne-mb)",
                       {mebibytes(limit_)}));
    throw error("memory.budget",
                tr("delen \"{0}\" behöver mer än {1} MiB minne när den läses: filen är troligen manipulerad (är "
                   "den äkta, höj gränsen med --max-minne-mb)",
                   "the part \"{0}\" needs more than {1} MiB of memory when read: the file has probably been "
                   "tampered with (if it is genuine, raise the limit with --max-minne-mb)",
                   {part, mebibytes(limit_)}));
}

memory_budget_share::memory_budget_share(memory_budget* budget) : previous_(current) { current = budget; }

memory_budget_share::~memory_budget_share() { current = previous_; }

memory_budget* current_memory_budget() noexcept { return current; }

void spend_memory(std::uint64_t bytes, std::string_view part) {
    if (!current || current->try_spend(bytes, part)) return;
    current->throw_if_exhausted();
}

}  // namespace mk
