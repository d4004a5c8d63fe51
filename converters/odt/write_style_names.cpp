#include "converters/odt/write_style_names.hpp"

namespace mk::odt {
namespace {

bool is_name_character(char c, bool first) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return letter || (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
}

constexpr char hex_digits[] = "0123456789abcdef";

}  // namespace

std::string paragraph_style_name(std::string_view display_name) {
    if (display_name == "Normal") return "Standard";
    std::string out;
    for (char c : display_name) {
        if (is_name_character(c, out.empty())) {
            out += c;
            continue;
        }
        auto byte = static_cast<unsigned char>(c);
        out += '_';
        out += hex_digits[byte >> 4];
        out += hex_digits[byte & 0xF];
        out += '_';
    }
    return out.empty() ? "Standard" : out;
}

std::string cell_style_name(std::string_view shading) {
    return shading.empty() ? "Cell" : "Cell_" + std::string(shading);
}

std::string_view span_style_name(bool bold, bool yellow) {
    if (bold && yellow) return "T_bold_yellow";
    return bold ? "T_bold" : "T_yellow";
}

}  // namespace mk::odt
