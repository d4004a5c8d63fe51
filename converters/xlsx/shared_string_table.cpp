#include "converters/xlsx/shared_string_table.hpp"

namespace mk::xlsx {

std::uint32_t shared_string_table::index(std::string_view text) {
    ++uses_;
    auto [it, added] = indices_.try_emplace(text, static_cast<std::uint32_t>(strings_.size()));
    if (added) strings_.push_back(text);
    return it->second;
}

}  // namespace mk::xlsx
