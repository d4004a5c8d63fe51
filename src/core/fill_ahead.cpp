#include "src/core/fill_ahead.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace mk {

void fill_ahead(std::size_t piece_size, std::size_t ahead, const std::function<std::size_t(std::span<char>)>& fill,
                const std::function<void(std::string_view)>& take) {
    ahead = std::max<std::size_t>(ahead, 1);
    auto buffers = std::make_unique<char[]>(piece_size * ahead);
    std::vector<std::size_t> sizes(ahead);
    std::mutex mutex;
    std::condition_variable changed;
    // Pieces [taken, filled) are ready; slot n % ahead holds piece n.
    std::size_t filled = 0;
    std::size_t taken = 0;
    bool ended = false;
    bool stop = false;
    // The worker found every slot filled and waits until half of them are free again, so that it
    // is woken once per half a ring rather than once per piece.
    bool worker_waits = false;
    std::size_t refill_at = ahead - ahead / 2;  // pieces ready below which a waiting worker is woken
    std::exception_ptr fill_error;

    std::thread worker([&] {
        try {
            for (std::size_t n = 0;; ++n) {
                {
                    std::unique_lock lock(mutex);
                    if (!stop && n >= taken + ahead) {
                        worker_waits = true;
                        changed.wait(lock, [&] { return stop || n < taken + refill_at; });
                        worker_waits = false;
                    }
                    if (stop) break;
                }
                std::size_t slot = n % ahead;
                std::size_t size = fill(std::span<char>(buffers.get() + slot * piece_size, piece_size));
                if (size == 0) break;
                std::lock_guard lock(mutex);
                sizes[slot] = size;
                filled = n + 1;
                changed.notify_all();
            }
        } catch (...) {
            fill_error = std::current_exception();
        }
        std::lock_guard lock(mutex);
        ended = true;
        changed.notify_all();
    });

    auto stop_worker = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        worker.join();
    };
    for (;;) {
        std::size_t slot = 0;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return taken < filled || ended; });
            if (taken == filled) break;
            slot = taken % ahead;
        }
        // The worker leaves the slot alone until taken moves past it.
        try {
            take(std::string_view(buffers.get() + slot * piece_size, sizes[slot]));
        } catch (...) {
            stop_worker();
            throw;
        }
        std::lock_guard lock(mutex);
        ++taken;
        if (worker_waits && filled < taken + refill_at) changed.notify_all();
    }
    worker.join();
    if (fill_error) std::rethrow_exception(fill_error);
}

}  // namespace mk
