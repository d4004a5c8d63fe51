#include "src/container/iso_moment.hpp"

#include <charconv>

namespace mk {
namespace {

// Reads exactly `width` digits at text[at] and advances at; nullopt unless all are digits.
std::optional<unsigned> digits(std::string_view text, std::size_t& at, std::size_t width) {
    if (at + width > text.size()) return std::nullopt;
    for (std::size_t i = at; i < at + width; ++i)
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    unsigned value = 0;
    std::from_chars(text.data() + at, text.data() + at + width, value);
    at += width;
    return value;
}

bool take(std::string_view text, std::size_t& at, char expected) {
    if (at >= text.size() || text[at] != expected) return false;
    ++at;
    return true;
}

}  // namespace

std::optional<iso_moment> parse_iso_moment(std::string_view text) {
    using namespace std::chrono;
    std::size_t at = 0;
    auto y = digits(text, at, 4);
    if (!y || *y == 0 || !take(text, at, '-')) return std::nullopt;
    auto m = digits(text, at, 2);
    if (!m || !take(text, at, '-')) return std::nullopt;
    auto d = digits(text, at, 2);
    if (!d) return std::nullopt;
    year_month_day date{year{static_cast<int>(*y)}, month{*m}, day{*d}};
    if (!date.ok()) return std::nullopt;
    iso_moment moment{sys_days{date}};
    if (at == text.size()) return moment;
    if (!take(text, at, 'T')) return std::nullopt;
    auto hours = digits(text, at, 2);
    if (!hours || *hours > 23 || !take(text, at, ':')) return std::nullopt;
    auto minutes = digits(text, at, 2);
    if (!minutes || *minutes > 59 || !take(text, at, ':')) return std::nullopt;
    auto seconds = digits(text, at, 2);
    if (!seconds || *seconds > 59 || at != text.size()) return std::nullopt;
    moment.seconds = static_cast<std::int32_t>(*hours * 3600 + *minutes * 60 + *seconds);
    moment.has_time = true;
    return moment;
}

std::string with_time_of_day(const std::string& iso) {
    auto moment = parse_iso_moment(iso);
    return moment && !moment->has_time ? iso + "T00:00:00" : iso;
}

}  // namespace mk
