#pragma once
// UTF-8 text code point by code point, all through utf8proc.
#include <utf8proc.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mk::text {

// What a byte that starts no valid UTF-8 sequence reads as: U+FFFD.
inline constexpr char32_t replacement_character = 0xFFFD;

// Whether lead and next are a whole, valid two-byte UTF-8 sequence, U+0080 to U+07FF (lead 0xC2
// to 0xDF: not an overlong one): what quick paths over Swedish text pass over without decoding.
constexpr bool is_two_byte_sequence(char lead, char next) {
    auto l = static_cast<unsigned char>(lead), n = static_cast<unsigned char>(next);
    return l >= 0xC2 && l <= 0xDF && (n & 0xC0) == 0x80;
}

// The code point that starts at text[at] (at < text.size()), advancing at past it; a byte that
// starts no valid sequence reads as U+FFFD and is passed alone. *valid, when given, says which.
inline char32_t next_code_point(std::string_view text, std::size_t& at, bool* valid = nullptr) {
    auto byte = static_cast<unsigned char>(text[at]);
    if (valid) *valid = true;
    if (byte < 0x80) {
        ++at;
        return byte;
    }
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                               static_cast<utf8proc_ssize_t>(text.size() - at), &code_point);
    if (length <= 0) {
        if (valid) *valid = false;
        ++at;
        return replacement_character;
    }
    at += static_cast<std::size_t>(length);
    return static_cast<char32_t>(code_point);
}

// Appends the UTF-8 bytes of code_point (at most U+10FFFF).
inline void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
        return;
    }
    utf8proc_uint8_t buffer[4];
    utf8proc_ssize_t length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

// How many code points text holds, each invalid byte counting as one: "Läsår" has 5.
std::size_t code_point_count(std::string_view text);

// The length in bytes of text's first `count` code points (text.size() when it has no more).
std::size_t code_point_prefix(std::string_view text, std::size_t count);

// text's first count code points, with "…" after them when text has more: for quoting a long text
// in a message.
std::string first_characters(std::string_view text, std::size_t count);

// Whether text is strict UTF-8: no overlong forms, no encoded surrogates, nothing above U+10FFFF.
bool is_utf8(std::string_view text);

// UTF-16 bytes that start with a byte order mark (FF FE little endian, FE FF big endian) as UTF-8,
// without the mark; nullopt when there is no mark, an odd byte count or an unpaired surrogate.
std::optional<std::string> utf16_to_utf8(std::string_view bytes);

}  // namespace mk::text
