#pragma once
// The status lights of the report: colours and Swedish names per canonical status.
#include <string_view>

#include "src/model/activity.hpp"

namespace mk::report {

// The light's fill as RRGGBB: done and on_track green, not_started yellow, deviates red, cancelled
// grey; empty for unknown.
std::string_view light_fill(model::status status);

// The canonical status in Swedish ("Enligt plan").
std::string_view status_name(model::status status);

// A darker shade of the light, for outlines and text on white ("1E7B34"); "6B7280" for unknown.
std::string_view light_stroke(model::status status);

}  // namespace mk::report
