#pragma once
// Independent pieces of work done on several threads and taken up in their own order: filling one
// SK document per school on every core while the documents already filled are written, in order.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mk {

// The worker threads to use: one per core, at least one and at most eight.
inline unsigned worker_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

// Calls make(n) for n = 0 … count − 1 on `threads` worker threads (each thread keeps its own
// thread_local caches for the whole run) and, on the calling thread in the order of n, before(n)
// and then use(n, result), with at most `window` results made ahead of the one in use. An
// exception from make(n) is rethrown after before(n), where use would get n's result; one from
// before or use stops the workers. With one thread, everything runs on the calling thread. The
// calls on the calling thread are those of a plain loop, in its order, as long as make(n) depends
// on n alone.
template <typename Result, typename Make, typename Before, typename Use>
void parallel_in_order(std::size_t count, unsigned threads, std::size_t window, Make make, Before before, Use use) {
    if (threads <= 1 || count <= 1) {
        for (std::size_t n = 0; n < count; ++n) {
            before(n);
            Result result = make(n);
            use(n, result);
        }
        return;
    }
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::optional<Result>> results(count);
    std::vector<std::exception_ptr> errors(count);
    std::size_t next = 0;
    std::size_t in_use = 0;
    bool stop = false;
    auto work = [&] {
        for (;;) {
            std::size_t n = 0;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < in_use + window; });
                if (stop || next >= count) return;
                n = next++;
            }
            std::optional<Result> result;
            std::exception_ptr error;
            try {
                result.emplace(make(n));
            } catch (...) {
                error = std::current_exception();
            }
            {
                std::lock_guard lock(mutex);
                results[n] = std::move(result);
                errors[n] = error;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    // Stops and joins the workers however the loop below ends.
    struct joiner {
        std::mutex& mutex;
        std::condition_variable& changed;
        bool& stop;
        std::vector<std::thread>& workers;
        ~joiner() {
            {
                std::lock_guard lock(mutex);
                stop = true;
            }
            changed.notify_all();
            for (std::thread& t : workers) t.join();
        }
    } join_all{mutex, changed, stop, workers};
    for (unsigned i = 0; i < std::min<std::size_t>(threads, count); ++i) workers.emplace_back(work);
    for (std::size_t n = 0; n < count; ++n) {
        before(n);
        Result result;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return results[n].has_value() || errors[n]; });
            if (errors[n]) std::rethrow_exception(errors[n]);
            result = std::move(*results[n]);
            results[n].reset();
            in_use = n;
        }
        changed.notify_all();
        use(n, result);
    }
}

}  // namespace mk
