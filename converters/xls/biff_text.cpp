#include "converters/xls/biff_text.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>

#include "converters/xls/little_endian.hpp"
#include "src/text/utf8.hpp"

namespace mk::xls {
namespace {

bool is_high_surrogate(char16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(char16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

struct iconv_closer {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

// The iconv name of a BIFF code page (MS-XLS 2.4.52 CodePage).
std::string iconv_name(std::uint16_t codepage) {
    if (codepage == 32768) return "MACINTOSH";
    if (codepage == 367) return "ASCII";
    return "CP" + std::to_string(codepage);
}

}  // namespace

void append_biff_characters(std::string& out, std::string_view bytes, bool wide, char16_t& high_surrogate) {
    if (!wide) {
        for (char byte : bytes) text::append_utf8(out, static_cast<unsigned char>(byte));
    } else {
        for (std::size_t at = 0; at + 2 <= bytes.size(); at += 2) {
            auto unit = static_cast<char16_t>(le16(bytes, at));
            if (high_surrogate && is_low_surrogate(unit)) {
                text::append_utf8(out, 0x10000 + ((high_surrogate - 0xD800) << 10) + (unit - 0xDC00));
                high_surrogate = 0;
                continue;
            }
            if (high_surrogate) text::append_utf8(out, text::replacement_character);
            high_surrogate = is_high_surrogate(unit) ? unit : 0;
            if (!high_surrogate)
                text::append_utf8(out, is_low_surrogate(unit) ? text::replacement_character : char32_t{unit});
        }
    }
    if (bytes.empty() && high_surrogate) {
        text::append_utf8(out, text::replacement_character);
        high_surrogate = 0;
    }
}

std::string codepage_text(std::string_view bytes, std::uint16_t codepage) {
    iconv_t cd = iconv_open("UTF-8", iconv_name(codepage).c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        std::string latin1;
        char16_t none = 0;
        append_biff_characters(latin1, bytes, false, none);
        return latin1;
    }
    std::unique_ptr<void, iconv_closer> owner(cd);
    std::string out;
    char buffer[256];
    auto* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* to = buffer;
        std::size_t to_left = sizeof buffer;
        std::size_t done = iconv(cd, &in, &in_left, &to, &to_left);
        out.append(buffer, static_cast<std::size_t>(to - buffer));
        if (done == static_cast<std::size_t>(-1) && errno != E2BIG) {
            // A byte with no character (or cut short): U+FFFD, and on with the next byte.
            text::append_utf8(out, text::replacement_character);
            ++in;
            --in_left;
        }
    }
    return out;
}

}  // namespace mk::xls
