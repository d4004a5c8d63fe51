#include "converters/xlsx/date_serial.hpp"

namespace mk::xlsx {

std::optional<double> excel_serial(const iso_moment& moment) {
    using namespace std::chrono;
    constexpr sys_days epoch{1899y / December / 30d};
    constexpr sys_days first_day{1900y / January / 1d};
    constexpr sys_days leap_bug_end{1900y / March / 1d};
    if (moment.day < first_day && moment.day != epoch) return std::nullopt;
    auto serial_day = (moment.day - epoch).count();
    if (moment.day >= first_day && moment.day < leap_bug_end) --serial_day;
    return static_cast<double>(serial_day) + moment.seconds / 86400.0;
}

}  // namespace mk::xlsx
