#pragma once
// When a planned activity is due.
#include <optional>
#include <string>

#include "src/model/activity.hpp"

namespace mk::check {

// The last day of the planned time as ISO text (a date as given; a quarter's last day in year),
// or empty when it cannot be known.
std::string deadline(const model::plan_time& planned, const std::optional<int>& year);

}  // namespace mk::check
