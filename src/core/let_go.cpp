#include "src/core/let_go.hpp"

#include <atomic>
#include <mutex>
#include <vector>

namespace mk {
namespace {

std::atomic<bool> keep_flag{false};

// Never freed: what it holds stays reachable until the process ends.
struct kept_list {
    std::mutex guard;
    std::vector<std::unique_ptr<kept_object>> objects;
};

kept_list& kept_objects() {
    static kept_list* list = new kept_list;
    return *list;
}

}  // namespace

void keep_until_exit(bool keep) { keep_flag.store(keep, std::memory_order_relaxed); }

bool keeping_until_exit() { return keep_flag.load(std::memory_order_relaxed); }

void keep_object(std::unique_ptr<kept_object> object) {
    kept_list& list = kept_objects();
    std::lock_guard lock(list.guard);
    list.objects.push_back(std::move(object));
}

}  // namespace mk
