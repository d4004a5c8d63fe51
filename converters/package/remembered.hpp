#pragma once
// What some bytes were made into, remembered per thread: filling many documents from one template
// opens the same package and parses the same styles again and again.
#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace mk {

// Byte strings longer than this are never remembered: what is remembered outlives the load that
// made it, outside its memory budget.
inline constexpr std::size_t max_remembered_bytes = std::size_t{4} << 20;

// The value make() makes of bytes, remembered on this thread for the last two byte strings each
// Tag has seen when the bytes are at most max_remembered_bytes long and small(value) holds (the
// bytes are kept beside it, so a hit is an exact match; one Tag per kind of value). An exception
// from make() is not remembered.
template <typename Tag, typename T, typename Make, typename Small>
std::shared_ptr<const T> remembered(std::string_view bytes, Make make, Small small) {
    constexpr std::size_t kept = 2;
    thread_local std::deque<std::pair<std::string, std::shared_ptr<const T>>> memo;
    for (const auto& [key, value] : memo)
        if (key == bytes) return value;
    auto value = std::make_shared<const T>(make());
    if (bytes.size() > max_remembered_bytes || !small(*value)) return value;
    if (memo.size() == kept) memo.pop_front();
    memo.emplace_back(std::string(bytes), value);
    return value;
}

}  // namespace mk
