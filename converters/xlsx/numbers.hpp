#pragma once
// Numbers in SpreadsheetML attributes and values, parsed with std::from_chars (locale-free).
#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mk::xlsx {

// A whole non-negative number that fits 32 bits ("0", "17"); nullopt for anything else. Inline, as
// parse_a1 is: it is called for every cell.
inline std::optional<std::uint32_t> parse_index(std::string_view text) {
    std::uint32_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// A finite floating-point number ("3", "-1.5E-3"); nullopt for anything else, "inf" and "nan" too.
std::optional<double> parse_number(std::string_view text);

// An xsd:boolean ("1", "true", "0", "false"); nullopt for anything else.
std::optional<bool> parse_boolean(std::string_view text);

}  // namespace mk::xlsx
