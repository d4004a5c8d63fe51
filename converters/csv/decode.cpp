#include "converters/csv/decode.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "src/core/error.hpp"
#include "src/text/utf8.hpp"

namespace mk::csv {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

struct iconv_closer {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

std::string from_windows_1252(std::string_view bytes) {
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw error("csv.no_windows_1252",
                    tr("filen är inte UTF-8 och systemet kan inte avkoda Windows-1252: spara den som CSV (UTF-8)",
                       "the file is not UTF-8 and the system cannot decode Windows-1252: save it as CSV (UTF-8)"));
    std::unique_ptr<void, iconv_closer> owner(cd);
    // Every Windows-1252 byte (and every replacement) takes at most three UTF-8 bytes.
    std::string out(bytes.size() * 3, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* next = out.data();
    std::size_t out_left = out.size();
    while (in_left > 0) {
        if (iconv(cd, &in, &in_left, &next, &out_left) != static_cast<std::size_t>(-1)) break;
        // EILSEQ: one of the bytes Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D).
        std::memcpy(next, replacement_character.data(), replacement_character.size());
        next += replacement_character.size();
        out_left -= replacement_character.size();
        ++in;
        --in_left;
    }
    out.resize(static_cast<std::size_t>(next - out.data()));
    return out;
}

}  // namespace

std::string_view decode_text(std::string_view bytes, std::string& decoded) {
    if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr)
        throw error("csv.binary",
                    tr("filen innehåller NUL-tecken och är därför ingen CSV-text (den kan vara binär eller sparad "
                       "som UTF-16): spara den som CSV (UTF-8) och försök igen",
                       "the file contains NUL characters and so is no CSV text (it may be binary or saved as "
                       "UTF-16): save it as CSV (UTF-8) and try again"));
    if (bytes.starts_with(utf8_bom)) bytes.remove_prefix(utf8_bom.size());
    if (text::is_utf8(bytes)) return bytes;
    decoded = from_windows_1252(bytes);
    return decoded;
}

}  // namespace mk::csv
