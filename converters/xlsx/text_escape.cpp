#include "converters/xlsx/text_escape.hpp"

#include <cctype>

namespace mk::xlsx {
namespace {

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_escape(std::string& out, unsigned unit) {
    out += "_x";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex_digits[(unit >> shift) & 0xF];
    out += '_';
}

// Whether text at `at` starts an escape a reader would decode: "_x", four hex digits, "_".
bool looks_like_escape(std::string_view text, std::size_t at) {
    if (text.size() - at < 7 || text[at + 1] != 'x' || text[at + 6] != '_') return false;
    for (std::size_t i = at + 2; i < at + 6; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

}  // namespace

std::string escape_ooxml_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
        auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            append_escape(out, byte);
        } else if (byte == '_' && looks_like_escape(text, at)) {
            append_escape(out, '_');
        } else if (byte == 0xEF && text.size() - at >= 3 && static_cast<unsigned char>(text[at + 1]) == 0xBF &&
                   (static_cast<unsigned char>(text[at + 2]) & 0xFE) == 0xBE) {
            append_escape(out, 0xFFFE | (static_cast<unsigned char>(text[at + 2]) & 1));
            at += 2;
        } else {
            out += text[at];
        }
    }
    return out;
}

}  // namespace mk::xlsx
