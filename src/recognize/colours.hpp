#pragma once
// Fill colours as traffic lights: which light a cell's background shows.
#include <optional>
#include <string>
#include <string_view>

#include "src/model/status_words.hpp"

namespace mk::recognize {

// The light a fill of RRGGBB shows by its hue, saturation and lightness: red (also pink and
// Excel's "Bad" FFC7CE), yellow (amber and orange), green, blue, or grey for colours without
// saturation; nullopt for near-white and near-black fills, purple, and text that is no RRGGBB.
std::optional<model::light_colour> light_of_fill(std::string_view rrggbb);

// The RRGGBB (upper case) of a colour code written as text ("#ff0000", "#FF0000"), or nullopt.
std::optional<std::string> parse_colour_code(std::string_view text);

}  // namespace mk::recognize
