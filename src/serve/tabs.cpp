#include "src/serve/tabs.hpp"

#include <sys/stat.h>

#include <algorithm>

#include "src/serve/security.hpp"

namespace mk::serve {
namespace {

constexpr std::size_t max_jobs_kept = 24;

std::string mib(std::uint64_t bytes) { return std::to_string(bytes / mebibyte); }

bool job_active(const job& j) { return j.state == job_state::queued || j.state == job_state::running; }

}  // namespace

tab_store::tab_store(std::filesystem::path root, const serve::limits& limits)
    : root_(std::move(root)), limits_(limits) {}

std::shared_ptr<tab> tab_store::open(refusal& why) {
    std::lock_guard lock(mutex_);
    if (tabs_.size() >= limits_.tabs) {
        std::shared_ptr<tab> oldest;
        for (const auto& [id, t] : tabs_)
            if (t->uploads == 0 && !busy(*t) && (!oldest || t->seen < oldest->seen)) oldest = t;
        if (!oldest) {
            why = {503, "serve.tabs",
                   tr("servern arbetar redan åt {0} flikar: stäng en av dem eller vänta en stund",
                      "the server already works for {0} tabs: close one of them or wait a while",
                      {std::to_string(limits_.tabs)})};
            return nullptr;
        }
        remove_tab(oldest->id);
    }
    auto t = std::make_shared<tab>();
    t->id = random_hex(16);
    t->folder = root_ / ("t" + std::to_string(next_folder_++));
    if (::mkdir(t->folder.c_str(), 0700) != 0) {
        why = {500, "serve.folder", tr("arbetsmappen gick inte att skapa", "the work folder could not be made")};
        return nullptr;
    }
    t->seen = std::chrono::steady_clock::now();
    tabs_[t->id] = t;
    return t;
}

std::shared_ptr<tab> tab_store::find(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto it = tabs_.find(id);
    if (it == tabs_.end()) return nullptr;
    it->second->seen = std::chrono::steady_clock::now();
    return it->second;
}

bool tab_store::close(const std::string& id, refusal& why) {
    std::lock_guard lock(mutex_);
    auto it = tabs_.find(id);
    if (it == tabs_.end()) return true;
    if (it->second->uploads > 0 || busy(*it->second)) {
        why = {409, "serve.busy", tr("fliken arbetar fortfarande", "the tab is still working")};
        return false;
    }
    remove_tab(id);
    return true;
}

void tab_store::close_all() {
    std::lock_guard lock(mutex_);
    while (!tabs_.empty()) remove_tab(tabs_.begin()->first);
}

void tab_store::remove_tab(const std::string& id) {
    auto it = tabs_.find(id);
    if (it == tabs_.end()) return;
    total_bytes_ -= std::min(total_bytes_, it->second->bytes);
    std::error_code ignored;
    std::filesystem::remove_all(it->second->folder, ignored);
    tabs_.erase(it);
}

bool tab_store::reserve(tab& t, std::uint64_t n, refusal& why) {
    if (t.bytes + n > limits_.tab_size) {
        why = {413, "serve.tab_size",
               tr("filerna i den här fliken blir större än {0} MiB tillsammans: ta bort några filer först",
                  "the files of this tab would exceed {0} MiB together: remove some files first", {mib(limits_.tab_size)})};
        return false;
    }
    if (total_bytes_ + n > limits_.total_size) {
        why = {413, "serve.total_size",
               tr("servern har redan {0} MiB uppladdat i alla flikar: stäng andra flikar eller ta bort filer",
                  "the server already holds {0} MiB of uploads in all tabs: close other tabs or remove files",
                  {mib(limits_.total_size)})};
        return false;
    }
    t.bytes += n;
    total_bytes_ += n;
    return true;
}

void tab_store::release(tab& t, std::uint64_t n) {
    t.bytes -= std::min(t.bytes, n);
    total_bytes_ -= std::min(total_bytes_, n);
}

bool tab_store::remove_file(tab& t, const std::string& file_id, refusal& why) {
    std::lock_guard lock(mutex_);
    if (busy(t)) {
        why = {409, "serve.busy",
               tr("vänta tills det pågående arbetet är klart, eller avbryt det", "wait until the work going on is done, or cancel it")};
        return false;
    }
    auto it = std::find_if(t.files.begin(), t.files.end(), [&](const input_file& f) { return f.id == file_id; });
    if (it == t.files.end()) {
        why = {404, "serve.no_file", tr("filen finns inte (längre)", "the file does not exist (any more)")};
        return false;
    }
    std::error_code ignored;
    std::filesystem::remove(it->path, ignored);
    release(t, it->size);
    t.files.erase(it);
    return true;
}

std::shared_ptr<job> tab_store::job_of(const tab& t, const std::string& id) {
    for (const auto& j : t.jobs)
        if (j->id == id) return j;
    return nullptr;
}

bool tab_store::busy(const tab& t) {
    return std::any_of(t.jobs.begin(), t.jobs.end(), [](const auto& j) { return job_active(*j); });
}

void tab_store::trim_jobs(tab& t) {
    while (t.jobs.size() > max_jobs_kept && !job_active(*t.jobs.front())) {
        std::error_code ignored;
        std::filesystem::remove(t.jobs.front()->result_path, ignored);
        t.jobs.erase(t.jobs.begin());
    }
}

}  // namespace mk::serve
