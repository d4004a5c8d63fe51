#include "converters/ods/date_time.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>

namespace mk::ods {
namespace {

using namespace std::chrono;

constexpr sys_days serial_epoch = sys_days{year{1899} / December / 30};
constexpr sys_days first_day = sys_days{year{1} / January / 1};
constexpr sys_days last_day = sys_days{year{9999} / December / 31};
// Excel counts the fictitious 1900-02-29, so its serials before this day are one less.
constexpr sys_days leap_bug_end = sys_days{year{1900} / March / 1};
constexpr sys_days leap_bug_start = sys_days{year{1900} / January / 1};

// Reads exactly `count` digits from the front of text.
bool take_digits(std::string_view& text, std::size_t count, unsigned& out) {
    if (text.size() < count) return false;
    for (std::size_t i = 0; i < count; ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    std::from_chars(text.data(), text.data() + count, out);
    text.remove_prefix(count);
    return true;
}

bool take(std::string_view& text, char expected) {
    if (text.empty() || text.front() != expected) return false;
    text.remove_prefix(1);
    return true;
}

// Reads digits with an optional fraction ("30", "00.25") from the front of text.
std::optional<double> take_decimal(std::string_view& text) {
    std::size_t length = 0;
    while (length < text.size() && ((text[length] >= '0' && text[length] <= '9') || text[length] == '.')) ++length;
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + length, value, std::chars_format::fixed);
    if (length == 0 || ec != std::errc() || end != text.data() + length) return std::nullopt;
    text.remove_prefix(length);
    return value;
}

// Whole seconds, rounding half up as the .xlsx reader does.
std::int64_t round_seconds(double seconds) { return static_cast<std::int64_t>(std::floor(seconds + 0.5)); }

std::string two_digits(long long value) {
    return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

// "2018-01-23", or "2018-01-23T14:30:00" with_time; nullopt outside the years 1–9999.
std::optional<std::string> moment_text(sys_seconds moment, bool with_time) {
    if (moment < first_day || moment >= last_day + days{1}) return std::nullopt;
    sys_days day = floor<days>(moment);
    year_month_day ymd{day};
    int y = static_cast<int>(ymd.year());
    std::string text = two_digits(y / 100) + two_digits(y % 100) + '-' +
                       two_digits(static_cast<unsigned>(ymd.month())) + '-' +
                       two_digits(static_cast<unsigned>(ymd.day()));
    if (with_time) {
        hh_mm_ss time{moment - day};
        text += 'T' + two_digits(time.hours().count()) + ':' + two_digits(time.minutes().count()) + ':' +
                two_digits(time.seconds().count());
    }
    return text;
}

}  // namespace

std::optional<date_value> parse_date_value(std::string_view text, bool format_shows_time) {
    unsigned y = 0, m = 0, d = 0;
    if (!take_digits(text, 4, y) || !take(text, '-') || !take_digits(text, 2, m) || !take(text, '-') ||
        !take_digits(text, 2, d))
        return std::nullopt;
    year_month_day ymd{year{static_cast<int>(y)}, month{m}, day{d}};
    if (!ymd.ok()) return std::nullopt;
    sys_seconds moment = sys_days{ymd};
    if (!text.empty()) {
        unsigned hours = 0, minutes = 0;
        if (!take(text, 'T') || !take_digits(text, 2, hours) || !take(text, ':') || !take_digits(text, 2, minutes) ||
            !take(text, ':'))
            return std::nullopt;
        auto seconds = take_decimal(text);
        if (!seconds || !text.empty() || hours > 23 || minutes > 59 || *seconds >= 60) return std::nullopt;
        moment +=
            std::chrono::hours{hours} + std::chrono::minutes{minutes} + std::chrono::seconds{round_seconds(*seconds)};
    }
    auto iso = moment_text(moment, format_shows_time || moment != floor<days>(moment));
    if (!iso) return std::nullopt;
    double serial = duration<double, days::period>(moment - serial_epoch).count();
    if (moment >= leap_bug_start && moment < leap_bug_end) serial -= 1;
    return date_value{std::move(*iso), serial};
}

std::optional<date_value> parse_time_value(std::string_view text) {
    bool negative = take(text, '-');
    if (!take(text, 'P') || text.empty()) return std::nullopt;
    // Designators in the order a duration allows them, with seconds per unit; 'T' separates the date part.
    struct unit {
        char designator;
        double seconds;
        bool after_t;
    };
    constexpr unit units[] = {{'D', 86400, false}, {'H', 3600, true}, {'M', 60, true}, {'S', 1, true}};
    double total = 0;
    bool in_time = false;
    std::size_t next = 0;
    while (!text.empty()) {
        if (!in_time && take(text, 'T')) {
            in_time = true;
            if (text.empty()) return std::nullopt;
            continue;
        }
        auto value = take_decimal(text);
        if (!value || text.empty()) return std::nullopt;
        while (next < std::size(units) && (units[next].designator != text.front() || units[next].after_t != in_time))
            ++next;
        if (next == std::size(units)) return std::nullopt;
        total += *value * units[next++].seconds;
        text.remove_prefix(1);
    }
    // Beyond the years 1–9999 either way; also keeps the conversion to integer seconds defined.
    if (total > 4e11) return std::nullopt;
    std::chrono::seconds length{round_seconds(negative ? -total : total)};
    double serial = duration<double, days::period>(length).count();
    auto iso = moment_text(serial_epoch + length, true);
    if (!iso) return std::nullopt;
    return date_value{std::move(*iso), serial};
}

}  // namespace mk::ods
