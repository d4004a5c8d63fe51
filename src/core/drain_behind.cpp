#include "src/core/drain_behind.hpp"

namespace mk {

drain_behind::drain_behind(std::function<void(std::string_view)> use, std::size_t window)
    : use_(std::move(use)), window_(window), worker_([this] { run(); }) {}

drain_behind::~drain_behind() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
        changed_.notify_all();
    }
    worker_.join();
}

void drain_behind::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return stop_ || !waiting_.empty(); });
        if (stop_) return;
        std::string piece = std::move(waiting_.front());
        waiting_.pop_front();
        in_use_ = true;
        lock.unlock();
        std::exception_ptr error;
        try {
            use_(piece);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        in_use_ = false;
        waiting_bytes_ -= piece.size();
        if (error) {
            error_ = error;
            waiting_.clear();
            waiting_bytes_ = 0;
            stop_ = true;
        }
        changed_.notify_all();
    }
}

void drain_behind::rethrow_error() {
    if (error_) std::rethrow_exception(error_);
}

void drain_behind::push(std::string_view piece) {
    std::unique_lock lock(mutex_);
    // A piece larger than the window waits for an empty queue and then goes alone.
    changed_.wait(lock, [&] { return error_ || waiting_bytes_ == 0 || waiting_bytes_ + piece.size() <= window_; });
    rethrow_error();
    waiting_.emplace_back(piece);
    waiting_bytes_ += piece.size();
    changed_.notify_all();
}

void drain_behind::finish() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || (waiting_.empty() && !in_use_); });
    rethrow_error();
}

}  // namespace mk
