#pragma once
// Numbers in SpreadsheetML attributes and values, parsed with std::from_chars (locale-free).
#include <cstdint>
#include <optional>
#include <string_view>

namespace mk::xlsx {

// A whole non-negative number that fits 32 bits ("0", "17"); nullopt for anything else.
std::optional<std::uint32_t> parse_index(std::string_view text);

// A finite floating-point number ("3", "-1.5E-3"); nullopt for anything else, "inf" and "nan" too.
std::optional<double> parse_number(std::string_view text);

// An xsd:boolean ("1", "true", "0", "false"); nullopt for anything else.
std::optional<bool> parse_boolean(std::string_view text);

}  // namespace mk::xlsx
