#include "converters/xlsx/dates.hpp"

#include <chrono>
#include <cmath>
#include <cstdint>

namespace mk::xlsx {
namespace {

using namespace std::chrono;

constexpr std::int64_t seconds_per_day = 86400;

void append_digits(std::string& out, std::int64_t value, int width) {
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, static_cast<std::size_t>(width));
}

std::string time_text(std::int64_t seconds) {
    std::string out;
    append_digits(out, seconds / 3600, 2);
    out += ':';
    append_digits(out, seconds / 60 % 60, 2);
    out += ':';
    append_digits(out, seconds % 60, 2);
    return out;
}

// The day time-of-day values and durations count from (openpyxl's epoch).
constexpr sys_days time_epoch{1899y / December / 30d};

// "YYYY-MM-DD", followed by "THH:MM:SS" (seconds into the day) when with_time or seconds is not
// 0; nullopt outside the years 1–9999.
std::optional<std::string> date_time_text(year_month_day date, std::int64_t seconds, bool with_time) {
    int year = static_cast<int>(date.year());
    if (year < 1 || year > 9999) return std::nullopt;
    std::string out;
    append_digits(out, year, 4);
    out += '-';
    append_digits(out, static_cast<unsigned>(date.month()), 2);
    out += '-';
    append_digits(out, static_cast<unsigned>(date.day()), 2);
    if (with_time || seconds != 0) out += 'T' + time_text(seconds);
    return out;
}

// Parses exactly `width` digits at text[at]; advances at.
std::optional<int> fixed_digits(std::string_view text, std::size_t& at, std::size_t width) {
    if (at + width > text.size()) return std::nullopt;
    int value = 0;
    for (char c : text.substr(at, width)) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    at += width;
    return value;
}

bool take(std::string_view text, std::size_t& at, char expected) {
    if (at >= text.size() || text[at] != expected) return false;
    ++at;
    return true;
}

// Parses "HH:MM[:SS[.fff]]" at text[at] into seconds of the day, rounded; may reach 86400.
std::optional<std::int64_t> parse_time(std::string_view text, std::size_t& at) {
    auto hour = fixed_digits(text, at, 2);
    if (!hour || !take(text, at, ':')) return std::nullopt;
    auto minute = fixed_digits(text, at, 2);
    if (!minute || *hour > 23 || *minute > 59) return std::nullopt;
    std::int64_t seconds = *hour * 3600 + *minute * 60;
    if (!take(text, at, ':')) return seconds;
    auto second = fixed_digits(text, at, 2);
    if (!second || *second > 59) return std::nullopt;
    seconds += *second;
    if (take(text, at, '.')) {
        std::size_t first = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
        if (at == first) return std::nullopt;
        if (text[first] >= '5') ++seconds;
    }
    return seconds;
}

}  // namespace

std::optional<std::string> serial_to_iso(double serial, date_system system, format_kind kind) {
    if (!std::isfinite(serial) || std::fabs(serial) > 1e7) return std::nullopt;
    auto total = static_cast<std::int64_t>(std::llround(serial * seconds_per_day));
    std::int64_t day = total / seconds_per_day;
    std::int64_t seconds = total % seconds_per_day;
    if (seconds < 0) {
        seconds += seconds_per_day;
        --day;
    }
    bool with_time = kind != format_kind::date;
    if (kind == format_kind::duration || day == 0) return date_time_text(time_epoch + days{day}, seconds, with_time);
    if (system == date_system::from_1904)
        return date_time_text(sys_days{1904y / January / 1d} + days{day}, seconds, with_time);
    if (day == 60) return date_time_text(1900y / February / 29d, seconds, with_time);
    if (day > 0 && day < 60) ++day;
    return date_time_text(time_epoch + days{day}, seconds, with_time);
}

std::optional<std::string> normalize_iso_date(std::string_view text, bool with_time) {
    if (text.ends_with('Z')) text.remove_suffix(1);
    std::size_t at = 0;
    if (text.size() > 2 && text[2] == ':') {
        auto seconds = parse_time(text, at);
        if (!seconds || at != text.size()) return std::nullopt;
        return date_time_text(time_epoch, *seconds % seconds_per_day, true);
    }
    auto year = fixed_digits(text, at, 4);
    if (!year || !take(text, at, '-')) return std::nullopt;
    auto month = fixed_digits(text, at, 2);
    if (!month || !take(text, at, '-')) return std::nullopt;
    auto day = fixed_digits(text, at, 2);
    if (!day) return std::nullopt;
    year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                        std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    std::int64_t seconds = 0;
    if (take(text, at, 'T')) {
        auto time = parse_time(text, at);
        if (!time) return std::nullopt;
        seconds = *time;
    }
    if (at != text.size()) return std::nullopt;
    if (seconds == seconds_per_day) {
        date = sys_days{date} + days{1};
        seconds = 0;
    }
    return date_time_text(date, seconds, with_time);
}

}  // namespace mk::xlsx
