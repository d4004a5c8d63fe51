#include "src/container/house_style.hpp"

namespace mk {
namespace {

constexpr int heading_sizes[] = {16, 14, 13, 12, 11, 11, 11, 11, 11};
constexpr std::string_view heading_colour = "1F3864";

}  // namespace

double text_width_points(std::string_view text, int size, bool bold) {
    // Ems a character takes at most in Liberation Sans, the wider of the two, but for the widest
    // capitals (M, W), which the few words that hold them make up for.
    double ems = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: counted with its first
        ems += c >= 'A' && c <= 'Z' ? 0.72 : 0.6;
    }
    return ems * size * (bold ? 1.08 : 1.0);
}

paragraph_look house_look(std::string_view style_name) {
    if (style_name.size() == 9 && style_name.starts_with("Heading ") && style_name[8] >= '1' && style_name[8] <= '9') {
        int level = style_name[8] - '0';
        return {level, heading_sizes[level - 1], true, level >= 4, heading_colour, 12, 4};
    }
    if (style_name == "Title") return {0, 24, false, false, heading_colour, 0, 8};
    if (style_name == "Subtitle") return {0, 14, false, true, "595959", 0, 8};
    if (style_name == "Caption") return {0, 9, false, true, "404040", 0, 6};
    if (style_name == "Header" || style_name == "Footer") return {0, 9, false, false, "404040", 0, 0};
    return {};
}

}  // namespace mk
