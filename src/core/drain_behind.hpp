#pragma once
// Pieces used on a thread of their own, in their order, while the caller makes the next ones: an
// output file written while the rest of it is serialized.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace mk {

class drain_behind {
public:
    // Calls use(piece) on a thread of its own for every piece pushed, in order, with at most
    // window bytes waiting.
    drain_behind(std::function<void(std::string_view)> use, std::size_t window);
    // Stops the thread; pieces not yet used are dropped.
    ~drain_behind();
    drain_behind(const drain_behind&) = delete;
    drain_behind& operator=(const drain_behind&) = delete;

    // Hands a copy of piece on, waiting while the window is full; rethrows what use threw, after
    // which nothing more is used.
    void push(std::string_view piece);
    // Waits until every piece pushed has been used; rethrows what use threw.
    void finish();

private:
    void run();
    void rethrow_error();

    std::function<void(std::string_view)> use_;
    std::size_t window_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::string> waiting_;
    std::size_t waiting_bytes_ = 0;
    bool in_use_ = false;
    bool stop_ = false;
    std::exception_ptr error_;
    std::thread worker_;
};

}  // namespace mk
