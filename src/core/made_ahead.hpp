#pragma once
// Values made in order on a thread of their own while the calling thread uses those made before
// them: what each row of a sheet says as a header, and as an activity under the header above it,
// worked out ahead of the reader that walks the rows and keeps their state.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <limits>
#include <thread>
#include <utility>
#include <vector>

#include "src/core/parallel_in_order.hpp"

namespace mk {

template <class T>
class made_ahead {
public:
    // Starts making make(0) … make(count − 1) in order on a thread of its own, at most window of
    // them ahead of the one taken; with one core they are made on the calling thread as they are
    // taken. make may keep state from one call to the next, but must use nothing the caller changes.
    made_ahead(std::size_t count, std::size_t window, std::function<T(std::size_t)> make)
        : count_(count), slots_(std::max<std::size_t>(window, 1)), make_(std::move(make)) {
        if (worker_threads() > 1 && count > 1) worker_ = std::thread([this] { run(); });
    }
    // Stops the thread; values not yet made are not made.
    ~made_ahead() {
        stop_.store(true);
        taken_.store(count_);
        taken_.notify_one();
        if (worker_.joinable()) worker_.join();
    }
    made_ahead(const made_ahead&) = delete;
    made_ahead& operator=(const made_ahead&) = delete;

    // make(i), waiting until it is made; rethrows what make threw for it. Each i is taken once, in order.
    T take(std::size_t i) {
        if (!worker_.joinable()) return make_(i);
        if (made_.load(std::memory_order_acquire) <= i) {
            announce_taken(i);  // exact before waiting, so that the maker is never kept waiting in turn
            for (std::size_t made = made_.load(std::memory_order_acquire); made <= i;
                 made = made_.load(std::memory_order_acquire))
                made_.wait(made, std::memory_order_acquire);
        }
        if (i >= failed_at_) std::rethrow_exception(error_);
        T value = std::move(slots_[i % slots_.size()]);
        if ((i + 1) % batch == 0) announce_taken(i + 1);
        return value;
    }

private:
    // Values handed over at once: each thread is woken once per batch, not once per value.
    static constexpr std::size_t batch = 64;

    void run() {
        std::size_t i = 0;
        try {
            for (; i < count_; ++i) {
                if (i >= taken_.load(std::memory_order_acquire) + slots_.size()) {
                    announce_made(i);
                    for (std::size_t taken = taken_.load(std::memory_order_acquire); i >= taken + slots_.size();
                         taken = taken_.load(std::memory_order_acquire))
                        taken_.wait(taken, std::memory_order_acquire);
                }
                if (stop_.load(std::memory_order_relaxed)) return;
                slots_[i % slots_.size()] = make_(i);
                if ((i + 1) % batch == 0) announce_made(i + 1);
            }
        } catch (...) {
            error_ = std::current_exception();
            failed_at_ = i;
        }
        announce_made(count_);
    }

    void announce_made(std::size_t made) {
        made_.store(made, std::memory_order_release);
        made_.notify_one();
    }

    void announce_taken(std::size_t taken) {
        taken_.store(taken, std::memory_order_release);
        taken_.notify_one();
    }

    std::size_t count_;
    std::vector<T> slots_;
    std::function<T(std::size_t)> make_;
    std::atomic<std::size_t> made_{0};
    std::atomic<std::size_t> taken_{0};
    std::atomic<bool> stop_{false};
    // Written before the last announce_made, read after it.
    std::exception_ptr error_;
    std::size_t failed_at_ = std::numeric_limits<std::size_t>::max();
    std::thread worker_;
};

}  // namespace mk
