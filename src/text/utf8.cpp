#include "src/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace mk::text {

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = 0; at < text.size(); ++count) next_code_point(text, at);
    return count;
}

std::size_t code_point_prefix(std::string_view text, std::size_t count) {
    std::size_t at = 0;
    for (std::size_t n = 0; n < count && at < text.size(); ++n) next_code_point(text, at);
    return at;
}

namespace {

// Whether the eight bytes at p are all ASCII.
bool eight_ascii_bytes(const char* p) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, p, sizeof bytes);
    return (bytes & 0x8080808080808080ull) == 0;
}

}  // namespace

bool is_utf8(std::string_view text) {
    bool valid = true;
    for (std::size_t at = 0; at < text.size() && valid;) {
        // Eight ASCII bytes at a time: most of a spreadsheet's XML.
        if (text.size() - at >= 8 && eight_ascii_bytes(text.data() + at)) {
            at += 8;
            continue;
        }
        next_code_point(text, at, &valid);
    }
    return valid;
}

std::optional<std::string> utf16_to_utf8(std::string_view bytes) {
    if (bytes.size() < 2 || bytes.size() % 2 != 0) return std::nullopt;
    bool little = bytes[0] == '\xFF' && bytes[1] == '\xFE';
    bool big = bytes[0] == '\xFE' && bytes[1] == '\xFF';
    if (!little && !big) return std::nullopt;
    auto unit_at = [&](std::size_t at) {
        auto first = static_cast<unsigned char>(bytes[at]), second = static_cast<unsigned char>(bytes[at + 1]);
        return static_cast<char32_t>(little ? first | second << 8 : first << 8 | second);
    };
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t at = 2; at < bytes.size(); at += 2) {
        char32_t unit = unit_at(at);
        if (unit >= 0xDC00 && unit <= 0xDFFF) return std::nullopt;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (at + 2 >= bytes.size()) return std::nullopt;
            char32_t low = unit_at(at + 2);
            if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            at += 2;
        }
        append_utf8(out, unit);
    }
    return out;
}

std::string first_characters(std::string_view text, std::size_t count) {
    std::size_t length = code_point_prefix(text, count);
    return std::string(text.substr(0, length)) + (length < text.size() ? "…" : "");
}

}  // namespace mk::text
