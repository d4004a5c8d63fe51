#include "converters/xlsx/dates.hpp"

#include <chrono>
#include <cmath>
#include <cstdint>

#include "src/container/iso_moment.hpp"

namespace mk::xlsx {
namespace {

using namespace std::chrono;

constexpr std::int64_t seconds_per_day = 86400;

// The day time-of-day values and durations count from (openpyxl's epoch).
constexpr sys_days time_epoch{1899y / December / 30d};

// "YYYY-MM-DD", followed by "THH:MM:SS" (seconds into the day) when with_time or seconds is not
// 0; nullopt outside the years 1–9999.
std::optional<std::string> date_time_text(year_month_day date, std::int64_t seconds, bool with_time) {
    return iso_text(date, seconds, with_time || seconds != 0);
}

}  // namespace

std::optional<std::string> serial_to_iso(double serial, date_system system, format_kind kind) {
    if (!std::isfinite(serial) || std::fabs(serial) > 1e7) return std::nullopt;
    auto total = static_cast<std::int64_t>(std::llround(serial * seconds_per_day));
    if (kind == format_kind::duration || (kind == format_kind::time && total >= 0 && total < seconds_per_day))
        return clock_text(total);
    std::int64_t day = total / seconds_per_day;
    std::int64_t seconds = total % seconds_per_day;
    if (seconds < 0) {
        seconds += seconds_per_day;
        --day;
    }
    bool with_time = kind != format_kind::date;
    // Serial 0 with a date format is the system's first day: 1904-01-01 in the 1904 system.
    bool time_alone = day == 0 && (system == date_system::from_1900 || kind != format_kind::date);
    if (time_alone) return date_time_text(time_epoch, seconds, with_time);
    if (system == date_system::from_1904)
        return date_time_text(sys_days{1904y / January / 1d} + days{day}, seconds, with_time);
    if (day == 60) return date_time_text(1900y / February / 29d, seconds, with_time);
    if (day > 0 && day < 60) ++day;
    return date_time_text(time_epoch + days{day}, seconds, with_time);
}

std::optional<std::string> normalize_iso_date(std::string_view text, bool with_time) {
    if (text.ends_with('Z')) text.remove_suffix(1);
    if (text.size() > 2 && text[2] == ':') {
        auto seconds = parse_time_of_day(text);
        if (!seconds) return std::nullopt;
        return clock_text(*seconds % seconds_per_day);
    }
    auto moment = parse_office_moment(text);
    if (!moment) return std::nullopt;
    return date_time_text(moment->day, moment->seconds, with_time);
}

}  // namespace mk::xlsx
