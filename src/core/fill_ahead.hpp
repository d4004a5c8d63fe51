#pragma once
// Bytes made on a thread of their own and used on the calling thread in their order: a large zip
// entry is inflated while the piece inflated before it is parsed.
#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

namespace mk {

// Calls fill(buffer) on a thread of its own, with buffers of piece_size bytes, until it returns 0,
// and on the calling thread take(piece) for every piece it filled, in order, with at most `ahead`
// pieces filled before the one in use. An exception from fill is rethrown after take has had every
// piece filled before it; one from take stops the thread (fill is not called again) and is rethrown
// once it has ended. Returns when the thread has ended.
void fill_ahead(std::size_t piece_size, std::size_t ahead, const std::function<std::size_t(std::span<char>)>& fill,
                const std::function<void(std::string_view)>& take);

}  // namespace mk
