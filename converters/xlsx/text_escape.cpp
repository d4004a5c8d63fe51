#include "converters/xlsx/text_escape.hpp"

#include <array>
#include <cctype>

namespace mk::xlsx {
namespace {

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_escape(std::string& out, unsigned unit) {
    out += "_x";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex_digits[(unit >> shift) & 0xF];
    out += '_';
}

// The bytes that may need an escape: C0 controls, "_" and the first byte of U+FFFE and U+FFFF.
constexpr std::array<bool, 256> may_start_escape = [] {
    std::array<bool, 256> table{};
    for (unsigned byte = 0; byte < 0x20; ++byte) table[byte] = true;
    table['_'] = true;
    table[0xEF] = true;
    return table;
}();

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
        // A run of bytes that are never escaped, appended at once.
        std::size_t run = at;
        while (run < text.size() && !may_start_escape[static_cast<unsigned char>(text[run])]) ++run;
        out.append(text.substr(at, run - at));
        at = run;
        if (at == text.size()) break;
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
