#include "src/text/number_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace mk::text {

std::string number_text(double value) {
    if (value == 0) value = 0;
    // Plain digits where people write them so (a budget of 1000000, not 1e+06): below 1e15, where
    // every whole number is a double's exact value and its digits the shortest, and down to a
    // millionth.
    double magnitude = std::fabs(value);
    bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    char buffer[64];
    auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                        : std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string decimal_comma(std::string number) {
    if (number.find_first_not_of("-0123456789.") == std::string::npos)
        std::replace(number.begin(), number.end(), '.', ',');
    return number;
}

std::optional<double> parse_finite_number(std::string_view text) {
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

}  // namespace mk::text
