#include "converters/xlsx/numbers.hpp"

#include <charconv>

#include "src/text/number_text.hpp"

namespace mk::xlsx {

std::optional<std::uint32_t> parse_index(std::string_view text) {
    std::uint32_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<double> parse_number(std::string_view text) { return text::parse_finite_number(text); }

std::optional<bool> parse_boolean(std::string_view text) {
    if (text == "1" || text == "true") return true;
    if (text == "0" || text == "false") return false;
    return std::nullopt;
}

}  // namespace mk::xlsx
