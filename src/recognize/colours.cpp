#include "src/recognize/colours.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace mk::recognize {
namespace {

// Lightness at or above which a fill reads as white, and at or below which as black.
constexpr double near_white = 0.94;
constexpr double near_black = 0.12;
// Saturation below which a fill reads as grey.
constexpr double grey_saturation = 0.18;

std::optional<std::array<int, 3>> channels(std::string_view rrggbb) {
    if (rrggbb.size() != 6) return std::nullopt;
    std::array<int, 3> rgb{};
    for (std::size_t i = 0; i < 3; ++i) {
        const char* first = rrggbb.data() + 2 * i;
        auto [end, ec] = std::from_chars(first, first + 2, rgb[i], 16);
        if (ec != std::errc() || end != first + 2) return std::nullopt;
    }
    return rgb;
}

}  // namespace

std::optional<model::light_colour> light_of_fill(std::string_view rrggbb) {
    auto rgb = channels(rrggbb);
    if (!rgb) return std::nullopt;
    double r = (*rgb)[0] / 255.0, g = (*rgb)[1] / 255.0, b = (*rgb)[2] / 255.0;
    double high = std::max({r, g, b}), low = std::min({r, g, b});
    double lightness = (high + low) / 2;
    if (lightness >= near_white || lightness <= near_black) return std::nullopt;
    double range = high - low;
    double saturation = range / (1 - std::abs(2 * lightness - 1));
    if (saturation < grey_saturation) return model::light_colour::grey;
    double hue = high == r ? 60 * std::fmod((g - b) / range + 6, 6.0)
                 : high == g ? 60 * ((b - r) / range + 2)
                             : 60 * ((r - g) / range + 4);
    if (hue < 15 || hue >= 330) return model::light_colour::red;
    if (hue < 70) return model::light_colour::yellow;
    if (hue < 170) return model::light_colour::green;
    if (hue < 260) return model::light_colour::blue;
    return std::nullopt;
}

std::optional<std::string> parse_colour_code(std::string_view text) {
    if (text.size() != 7 || text[0] != '#' || !channels(text.substr(1))) return std::nullopt;
    std::string out(text.substr(1));
    for (char& c : out)
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

}  // namespace mk::recognize
