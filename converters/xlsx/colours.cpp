#include "converters/xlsx/colours.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "converters/xlsx/numbers.hpp"

namespace mk::xlsx {
namespace {

// The legacy palette of indexed colours 0-63 (ECMA-376 Part 1, 18.8.27).
constexpr std::string_view default_indexed[64] = {
    "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF", "000000", "FFFFFF", "FF0000",
    "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF", "800000", "008000", "000080", "808000", "800080", "008080",
    "C0C0C0", "808080", "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF", "000080",
    "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF", "00CCFF", "CCFFFF", "CCFFCC", "FFFF99",
    "99CCFF", "FF99CC", "CC99FF", "FFCC99", "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699",
    "969696", "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333"};

// The scheme's elements in the order a colour's theme index counts them (Background 1 before Text 1).
constexpr const char* theme_order[] = {"a:lt1",     "a:dk1",     "a:lt2",     "a:dk2",     "a:accent1", "a:accent2",
                                       "a:accent3", "a:accent4", "a:accent5", "a:accent6", "a:hlink",   "a:folHlink"};

// The last six hex digits of an ARGB or RGB value, upper case; nullopt unless 6 or 8 hex digits.
std::optional<std::string> rgb_of(std::string_view value) {
    if (value.size() == 8) value.remove_prefix(2);
    if (value.size() != 6) return std::nullopt;
    std::string out(value);
    for (char& c : out) {
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return std::nullopt;
    }
    return out;
}

double hue_to_channel(double p, double q, double t) {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1.0 / 6) return p + (q - p) * 6 * t;
    if (t < 1.0 / 2) return q;
    if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
    return p;
}

}  // namespace

std::vector<std::string> read_theme_colours(pugi::xml_node theme) {
    pugi::xml_node scheme = theme.child("a:themeElements").child("a:clrScheme");
    std::vector<std::string> out;
    for (const char* name : theme_order) {
        pugi::xml_node entry = scheme.child(name);
        std::optional<std::string> rgb = rgb_of(entry.child("a:srgbClr").attribute("val").value());
        if (!rgb) rgb = rgb_of(entry.child("a:sysClr").attribute("lastClr").value());
        out.push_back(rgb.value_or(""));
    }
    return out;
}

std::string_view default_indexed_colour(std::size_t index) { return default_indexed[index]; }

std::vector<std::string> read_indexed_colours(pugi::xml_node style_sheet) {
    std::vector<std::string> out;
    for (pugi::xml_node colour : style_sheet.child("colors").child("indexedColors").children("rgbColor"))
        out.push_back(rgb_of(colour.attribute("rgb").value()).value_or(""));
    if (!out.empty()) return out;
    return {std::begin(default_indexed), std::end(default_indexed)};
}

std::optional<std::string> resolve_colour(pugi::xml_node colour, const palette& colours) {
    if (!colour || parse_boolean(colour.attribute("auto").value()).value_or(false)) return std::nullopt;
    std::optional<std::string> rgb;
    if (pugi::xml_attribute value = colour.attribute("rgb")) {
        rgb = rgb_of(value.value());
    } else if (pugi::xml_attribute theme = colour.attribute("theme")) {
        auto index = parse_index(theme.value());
        if (index && *index < colours.theme.size() && !colours.theme[*index].empty()) rgb = colours.theme[*index];
    } else if (pugi::xml_attribute indexed = colour.attribute("indexed")) {
        auto index = parse_index(indexed.value());
        if (index && *index < colours.indexed.size() && !colours.indexed[*index].empty()) rgb = colours.indexed[*index];
    }
    if (!rgb) return std::nullopt;
    if (auto tint = parse_number(colour.attribute("tint").value()); tint && *tint != 0)
        rgb = apply_tint(*rgb, std::clamp(*tint, -1.0, 1.0));
    return rgb;
}

std::string apply_tint(const std::string& rrggbb, double tint) {
    double rgb[3];
    for (int i = 0; i < 3; ++i) {
        int channel = 0;
        std::from_chars(rrggbb.data() + 2 * i, rrggbb.data() + 2 * i + 2, channel, 16);
        rgb[i] = channel / 255.0;
    }
    double high = std::max({rgb[0], rgb[1], rgb[2]}), low = std::min({rgb[0], rgb[1], rgb[2]});
    double lightness = (high + low) / 2, hue = 0, saturation = 0;
    if (high > low) {
        double range = high - low;
        saturation = lightness > 0.5 ? range / (2 - high - low) : range / (high + low);
        if (high == rgb[0]) hue = (rgb[1] - rgb[2]) / range + (rgb[1] < rgb[2] ? 6 : 0);
        else if (high == rgb[1]) hue = (rgb[2] - rgb[0]) / range + 2;
        else hue = (rgb[0] - rgb[1]) / range + 4;
        hue /= 6;
    }
    lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
    double out[3] = {lightness, lightness, lightness};
    if (saturation > 0) {
        double q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
        double p = 2 * lightness - q;
        out[0] = hue_to_channel(p, q, hue + 1.0 / 3);
        out[1] = hue_to_channel(p, q, hue);
        out[2] = hue_to_channel(p, q, hue - 1.0 / 3);
    }
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02X%02X%02X", static_cast<int>(std::lround(out[0] * 255)) & 0xFF,
                  static_cast<int>(std::lround(out[1] * 255)) & 0xFF, static_cast<int>(std::lround(out[2] * 255)) & 0xFF);
    return buffer;
}

}  // namespace mk::xlsx
