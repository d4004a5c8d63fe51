#pragma once
// Jobs: the work a tab asks for (reading its files, a report, the SK documents), run one at a time
// on one worker thread, so that the library runs on one thread only. A bounded queue; progress and
// cancelling between steps.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "src/core/message.hpp"

namespace mk::serve {

enum class job_state { queued, running, done, failed, cancelled };

// "queued", "running"...
const char* state_name(job_state state);

// What a job hands back: bytes served under a name and a type, as a download or to the page.
struct job_result {
    std::string bytes;
    std::string name;
    std::string content_type;
    bool attachment = false;
    // What the page should say beside the result (schools without survey values...).
    std::vector<std::string> notes;
};

// Thrown from progress::step when the job is to stop.
struct job_cancelled {};

// What a running job reports; each step is also where it stops when cancelled.
class progress {
public:
    virtual ~progress() = default;
    // done of total steps are done, what names the next; throws job_cancelled when cancelled.
    virtual void step(std::size_t done, std::size_t total, const std::string& what) = 0;
};

// What a job has done so far and, once done, what it gave.
struct job_status {
    std::size_t done = 0;
    std::size_t total = 0;
    std::string step;
    std::string error;
    std::string result_name;
    std::string result_type;
    bool attachment = false;
    std::uint64_t result_size = 0;
    std::vector<std::string> notes;
};

struct job {
    std::string id;
    std::string kind;
    // The tab that asked for it.
    std::string tab_id;
    language lang = language::sv;
    // Where the result is written (a file of the tab's folder).
    std::filesystem::path result_path;
    std::function<job_result(progress&)> work;
    std::atomic<bool> cancel{false};
    std::atomic<job_state> state{job_state::queued};
    // Guarded by the runner's mutex.
    job_status status;
};

// A snapshot of a job for the page.
struct job_view {
    std::string id;
    std::string kind;
    job_state state = job_state::queued;
    job_status status;
};

// The one worker thread and its queue.
class runner {
public:
    // finished is called on the worker thread, with no lock held, after each job ends in any state.
    runner(std::size_t max_queued, std::function<void(const std::shared_ptr<job>&)> finished);
    ~runner();
    runner(const runner&) = delete;
    runner& operator=(const runner&) = delete;

    // Queues j; false when max_queued jobs already wait.
    bool submit(const std::shared_ptr<job>& j);
    // Asks j to stop: a queued job ends at once, a running one at its next step.
    void cancel(const std::shared_ptr<job>& j);
    job_view view(const job& j) const;
    bool active(const job& j) const;
    // Cancels every job and joins the worker.
    void stop();

private:
    void loop();
    void run(const std::shared_ptr<job>& j);

    std::size_t max_queued_;
    std::function<void(const std::shared_ptr<job>&)> finished_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::shared_ptr<job>> queue_;
    std::shared_ptr<job> running_;
    bool stopping_ = false;
    std::thread worker_;
};

}  // namespace mk::serve
