#pragma once
// Work on the items of a list cut into consecutive parts, one per core: the status reports of
// 125,000 activities, or the keys of their stable ids.
#include <cstddef>
#include <functional>

namespace mk {

// How many parts in_parts cuts count items into: one per core, none of fewer than least items, at
// least one.
std::size_t part_count(std::size_t count, std::size_t least);

// Calls work(part, begin, end) for each part of [0, count), in consecutive ranges in the order of
// part: the first on the calling thread, each other on a thread of its own. Returns when every part
// is done; rethrows the exception of the first part that threw.
void in_parts(std::size_t count, std::size_t least,
              const std::function<void(std::size_t part, std::size_t begin, std::size_t end)>& work);

}  // namespace mk
