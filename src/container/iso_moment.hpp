#pragma once
// The ISO 8601 text date cells carry: "2019-03-31" or "2019-03-31T14:30:00".
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mk {

struct iso_moment {
    std::chrono::sys_days day;
    // Seconds into the day, 0 to 86399.
    std::int32_t seconds = 0;
    // Whether the text has a time part (even "T00:00:00").
    bool has_time = false;
};

// Parses exactly "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (years 1 to 9999); nullopt otherwise.
std::optional<iso_moment> parse_iso_moment(std::string_view text);

// Valid ISO text with a time part: a date alone gets "T00:00:00"; empty stays empty.
std::string with_time_of_day(const std::string& iso);

}  // namespace mk
