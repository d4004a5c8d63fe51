#pragma once
// The browser tabs the server works for: each has its own folder of uploads and results in the
// private work folder, its files and its jobs. Upload accounting against the limits lives here.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "src/core/message.hpp"
#include "src/serve/jobs.hpp"
#include "src/serve/options.hpp"
#include "src/serve/steps.hpp"

namespace mk::serve {

struct tab {
    // Random, unguessable: the tab's address.
    std::string id;
    std::filesystem::path folder;
    std::vector<input_file> files;
    // Bytes of files, including uploads still coming in.
    std::uint64_t bytes = 0;
    std::size_t next_file = 1;
    std::size_t next_job = 1;
    int uploads = 0;
    // The tab's jobs, oldest first (at most max_jobs_kept); the last may be queued or running.
    std::vector<std::shared_ptr<job>> jobs;
    std::chrono::steady_clock::time_point seen;
    // What each file was read as, by "file id/language": used on the worker thread only.
    std::map<std::string, reading> readings;
};

// Why a request was refused: an HTTP status and what to tell the person.
struct refusal {
    int status = 400;
    std::string code;
    message text;
};

class tab_store {
public:
    tab_store(std::filesystem::path root, const limits& limits);

    // The mutex that guards every tab and the totals.
    std::mutex& mutex() { return mutex_; }
    const serve::limits& limits() const { return limits_; }

    // A new tab with its folder; when every tab is taken, the least recently used one without
    // work going on is let go. Refused when none can be.
    std::shared_ptr<tab> open(refusal& why);
    // The tab with id (and marks it used); nullptr when there is none.
    std::shared_ptr<tab> find(const std::string& id);
    // Lets a tab go: its folder and everything in it removed. Refused while it works.
    bool close(const std::string& id, refusal& why);
    // Lets every tab go (at shutdown).
    void close_all();

    // Reserves n more bytes of an upload to t; false (and why) when a limit would be passed.
    // Call with the mutex held.
    bool reserve(tab& t, std::uint64_t n, refusal& why);
    // Gives back n reserved bytes. Call with the mutex held.
    void release(tab& t, std::uint64_t n);
    // Removes a file of t; refused while a job of t runs or waits.
    bool remove_file(tab& t, const std::string& file_id, refusal& why);
    // The job of t with id; nullptr when there is none. Call with the mutex held.
    static std::shared_ptr<job> job_of(const tab& t, const std::string& id);
    // Whether t has a job queued or running. Call with the mutex held.
    static bool busy(const tab& t);
    // Forgets the oldest jobs of t beyond the kept number, removing their results. Call with the mutex held.
    static void trim_jobs(tab& t);

private:
    void remove_tab(const std::string& id);

    std::filesystem::path root_;
    serve::limits limits_;
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<tab>> tabs_;
    std::uint64_t total_bytes_ = 0;
    std::size_t next_folder_ = 1;
};

}  // namespace mk::serve
