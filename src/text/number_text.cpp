#include "src/text/number_text.hpp"

#include <charconv>

namespace mk::text {

std::string number_text(double value) {
    if (value == 0) value = 0;
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace mk::text
