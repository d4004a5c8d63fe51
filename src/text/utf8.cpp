#include "src/text/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <future>

namespace mk::text {

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = 0; at < text.size();) {
        // Eight ASCII bytes at once: each is a code point of its own.
        std::uint64_t block = 0;
        if (text.size() - at >= sizeof block) {
            std::memcpy(&block, text.data() + at, sizeof block);
            if ((block & 0x8080808080808080u) == 0) {
                at += sizeof block;
                count += sizeof block;
                continue;
            }
        }
        next_code_point(text, at);
        ++count;
    }
    return count;
}

std::size_t code_point_prefix(std::string_view text, std::size_t count) {
    std::size_t at = 0;
    for (std::size_t n = 0; n < count && at < text.size(); ++n) next_code_point(text, at);
    return at;
}

namespace {

// Where the first byte of the eight at p that is not ASCII is (0 to 7), or 8 when all are ASCII.
int first_non_ascii_of_eight(const char* p) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, p, sizeof bytes);
    std::uint64_t high = bytes & 0x8080808080808080ull;
    if (high == 0) return 8;
    return (std::endian::native == std::endian::little ? std::countr_zero(high) : std::countl_zero(high)) / 8;
}

}  // namespace

namespace {

// is_utf8 on one thread.
bool is_utf8_here(std::string_view text) {
    bool valid = true;
    for (std::size_t at = 0; at < text.size() && valid;) {
        // Eight bytes at a time up to the next that is not ASCII: most of a spreadsheet's XML.
        if (text.size() - at >= 8) {
            int ascii = first_non_ascii_of_eight(text.data() + at);
            at += static_cast<std::size_t>(ascii);
            if (ascii == 8) continue;
        }
        next_code_point(text, at, &valid);
    }
    return valid;
}

// Texts from this size on are checked in two halves on two threads.
constexpr std::size_t halved_from = 4 << 20;

}  // namespace

bool is_utf8(std::string_view text) {
    if (text.size() < halved_from) return is_utf8_here(text);
    // Split before a byte that is no continuation byte: in valid UTF-8 a code point starts there,
    // and two valid halves make a valid whole.
    std::size_t half = text.size() / 2;
    for (int back = 0; back < 3 && (static_cast<unsigned char>(text[half]) & 0xC0) == 0x80; ++back) --half;
    auto second = std::async(std::launch::async, is_utf8_here, text.substr(half));
    bool first_valid = is_utf8_here(text.substr(0, half));
    return second.get() && first_valid;
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
