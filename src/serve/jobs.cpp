#include "src/serve/jobs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <new>

#include "src/core/error.hpp"

namespace mk::serve {
namespace {

class job_progress : public progress {
public:
    job_progress(job& j, std::mutex& mutex) : job_(j), mutex_(mutex) {}
    void step(std::size_t done, std::size_t total, const std::string& what) override {
        if (job_.cancel) throw job_cancelled{};
        std::lock_guard lock(mutex_);
        job_.status.done = done;
        job_.status.total = total;
        job_.status.step = what;
    }

private:
    job& job_;
    std::mutex& mutex_;
};

// Writes bytes to a new file only this user can read; throws mk::error when it cannot.
void write_private_file(const std::filesystem::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    bool ok = fd >= 0;
    for (std::size_t at = 0; ok && at < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
        ok = n > 0;
        if (ok) at += static_cast<std::size_t>(n);
    }
    if (fd >= 0 && ::close(fd) != 0) ok = false;
    if (!ok) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw error("serve.result", tr("resultatet kunde inte sparas i arbetsmappen (är disken full?)",
                                       "the result could not be saved in the work folder (is the disk full?)"));
    }
}

}  // namespace

const char* state_name(job_state state) {
    switch (state) {
        case job_state::queued: return "queued";
        case job_state::running: return "running";
        case job_state::done: return "done";
        case job_state::failed: return "failed";
        case job_state::cancelled: return "cancelled";
    }
    return "";
}

runner::runner(std::size_t max_queued, std::function<void(const std::shared_ptr<job>&)> finished)
    : max_queued_(max_queued), finished_(std::move(finished)), worker_([this] { loop(); }) {}

runner::~runner() { stop(); }

bool runner::submit(const std::shared_ptr<job>& j) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || queue_.size() >= max_queued_) return false;
        queue_.push_back(j);
    }
    wake_.notify_one();
    return true;
}

void runner::cancel(const std::shared_ptr<job>& j) {
    j->cancel = true;
    bool dropped = false;
    {
        std::lock_guard lock(mutex_);
        auto it = std::find(queue_.begin(), queue_.end(), j);
        if (it != queue_.end()) {
            queue_.erase(it);
            j->state = job_state::cancelled;
            dropped = true;
        }
    }
    if (dropped) finished_(j);
}

job_view runner::view(const job& j) const {
    std::lock_guard lock(mutex_);
    return {j.id, j.kind, j.state.load(), j.status};
}

bool runner::active(const job& j) const {
    std::lock_guard lock(mutex_);
    return j.state == job_state::queued || j.state == job_state::running;
}

void runner::stop() {
    std::deque<std::shared_ptr<job>> dropped;
    {
        std::lock_guard lock(mutex_);
        if (stopping_ && !worker_.joinable()) return;
        stopping_ = true;
        dropped.swap(queue_);
        for (auto& j : dropped) j->state = job_state::cancelled;
        if (running_) running_->cancel = true;
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void runner::loop() {
    for (;;) {
        std::shared_ptr<job> j;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (stopping_) return;
            j = queue_.front();
            queue_.pop_front();
            j->state = job_state::running;
            running_ = j;
        }
        run(j);
        {
            std::lock_guard lock(mutex_);
            running_.reset();
        }
        finished_(j);
    }
}

void runner::run(const std::shared_ptr<job>& j) {
    set_language(j->lang);
    job_progress reporter(*j, mutex_);
    job_state state = job_state::done;
    std::string failure;
    job_result result;
    try {
        result = j->work(reporter);
        write_private_file(j->result_path, result.bytes);
    } catch (const job_cancelled&) {
        state = job_state::cancelled;
    } catch (const error& e) {
        state = job_state::failed;
        failure = e.what();
    } catch (const std::bad_alloc&) {
        state = job_state::failed;
        failure = tr("minnet tog slut", "out of memory").text();
    } catch (const std::exception& e) {
        state = job_state::failed;
        failure = tr("internt fel: {0}", "internal error: {0}", {e.what()}).text();
    }
    std::lock_guard lock(mutex_);
    j->status.error = failure;
    if (state == job_state::done) {
        j->status.done = j->status.total;
        j->status.result_name = result.name;
        j->status.result_type = result.content_type;
        j->status.attachment = result.attachment;
        j->status.result_size = result.bytes.size();
        j->status.notes = std::move(result.notes);
    }
    j->state = state;
}

}  // namespace mk::serve
