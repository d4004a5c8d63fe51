#pragma once
// The status lights of the report: the light of each canonical status, its colours and names.
#include <optional>
#include <string>
#include <string_view>

#include "src/model/activity.hpp"
#include "src/model/status_words.hpp"

namespace mk::report {

// The light of a canonical status: done and on_track green, not_started and partly yellow,
// deviates red, cancelled grey; none for unknown.
std::optional<model::light_colour> status_light(model::status status);

// The light's fill as RRGGBB ("C6EFCE"); empty for unknown.
std::string_view light_fill(model::status status);

// The canonical status in Swedish ("Enligt plan").
std::string_view status_name(model::status status);

// A darker shade of the light, for outlines and text on white ("1E7B34"); "6B7280" for unknown.
std::string_view light_stroke(model::status status);

// A status report as the report's tables show it: the light of its canonical status, then the
// word as written ("Röd – #FF0000", "Grön – Genomfört"); the word alone when it is the light's
// own word ("Grön") or its status is unknown.
std::string light_and_word(const model::status_report& report);

}  // namespace mk::report
