#pragma once
// The shared strings of an .xlsx being written: each distinct text once, in order of first use.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mk::xlsx {

class shared_string_table {
public:
    // The index of text, added at the end when it is new; counts one more use.
    std::uint32_t index(const std::string& text);
    // The distinct texts, by index.
    const std::vector<std::string_view>& strings() const { return strings_; }
    // How many cells use a shared string (the sst's count).
    std::size_t uses() const { return uses_; }

private:
    std::unordered_map<std::string, std::uint32_t> indices_;
    std::vector<std::string_view> strings_;
    std::size_t uses_ = 0;
};

}  // namespace mk::xlsx
