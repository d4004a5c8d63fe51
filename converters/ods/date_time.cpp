#include "converters/ods/date_time.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>

#include "src/container/iso_moment.hpp"

namespace mk::ods {
namespace {

using namespace std::chrono;

constexpr sys_days serial_epoch = sys_days{year{1899} / December / 30};
// Excel counts the fictitious 1900-02-29, so its serials before this day are one less.
constexpr sys_days leap_bug_end = sys_days{year{1900} / March / 1};
constexpr sys_days leap_bug_start = sys_days{year{1900} / January / 1};

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

}  // namespace

std::optional<date_value> parse_date_value(std::string_view text, bool format_shows_time) {
    auto parsed = parse_office_moment(text);
    if (!parsed) return std::nullopt;
    sys_seconds moment = parsed->day + seconds{parsed->seconds};
    auto iso = iso_text(moment, format_shows_time || parsed->seconds != 0);
    if (!iso) return std::nullopt;
    double serial = duration<double, days::period>(moment - serial_epoch).count();
    if (moment >= leap_bug_start && moment < leap_bug_end) serial -= 1;
    return date_value{std::move(*iso), serial};
}

std::optional<date_value> parse_time_value(std::string_view text, bool shown_as_clock) {
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
    if (!shown_as_clock || (length >= seconds{0} && length < days{1}))
        return date_value{clock_text(length.count()), serial};
    auto iso = iso_text(serial_epoch + length, true);
    if (!iso) return std::nullopt;
    return date_value{std::move(*iso), serial};
}

}  // namespace mk::ods
