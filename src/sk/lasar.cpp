#include "src/sk/lasar.hpp"

#include <cctype>
#include <charconv>

namespace mk::sk {
namespace {

std::optional<int> number(std::string_view digits) {
    int value = 0;
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}

}  // namespace

std::optional<int> parse_lasar(std::string_view text) {
    auto separator = text.find_first_of("/-");
    if (separator != 4) return std::nullopt;
    auto first = number(text.substr(0, 4));
    auto second = number(text.substr(5));
    if (!first || !second) return std::nullopt;
    std::size_t length = text.size() - 5;
    if (length == 2 && *second == (*first + 1) % 100) return first;
    if (length == 4 && *second == *first + 1) return first;
    return std::nullopt;
}

std::optional<int> latest_lasar_in(std::string_view text) {
    std::optional<int> latest;
    for (std::size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1)) {
        if (at < 4 || at + 5 > text.size()) continue;
        bool bounded = (at == 4 || !std::isdigit(static_cast<unsigned char>(text[at - 5]))) &&
                       (at + 5 == text.size() || !std::isdigit(static_cast<unsigned char>(text[at + 5])));
        auto first = number(text.substr(at - 4, 4));
        auto second = number(text.substr(at + 1, 4));
        if (bounded && first && second && *second == *first + 1 && (!latest || *first > *latest)) latest = first;
    }
    return latest;
}

std::string lasar_text(int first_year) {
    int next = (first_year + 1) % 100;
    return std::to_string(first_year) + (next < 10 ? "/0" : "/") + std::to_string(next);
}

}  // namespace mk::sk
