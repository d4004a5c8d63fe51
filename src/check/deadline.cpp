#include "src/check/deadline.hpp"

#include <cstdio>

namespace mk::check {

std::string deadline(const model::plan_time& planned, const std::optional<int>& year) {
    if (!planned.date.empty()) return planned.date;
    if (!planned.quarter || !year) return {};
    static constexpr const char* quarter_ends[] = {"03-31", "06-30", "09-30", "12-31"};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%s", *year, quarter_ends[(*planned.quarter - 1) % 4]);
    return buffer;
}

}  // namespace mk::check
