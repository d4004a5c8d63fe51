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
    // The index of text, added at the end when it is new; counts one more use. The table keeps a
    // view of text, which must outlive it (the workbook's own cell texts).
    std::uint32_t index(std::string_view text);
    // The distinct texts, by index.
    const std::vector<std::string_view>& strings() const { return strings_; }
    // How many cells use a shared string (the sst's count).
    std::size_t uses() const { return uses_; }

private:
    std::unordered_map<std::string_view, std::uint32_t> indices_;
    std::vector<std::string_view> strings_;
    std::size_t uses_ = 0;
};

}  // namespace mk::xlsx
