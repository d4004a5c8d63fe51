#include "src/serve/security.hpp"

#include <sys/random.h>

#include <cerrno>
#include <utf8proc.h>

#include "src/core/error.hpp"

namespace mk::serve {
namespace {

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_url_safe(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_';
}

}  // namespace

std::string random_hex(std::size_t n) {
    std::string bytes(n, '\0');
    std::size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(bytes.data() + got, n - got, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0)
            throw error("serve.random", tr("systemet gav inga slumptal", "the system gave no random numbers"));
        got += static_cast<std::size_t>(r);
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : bytes) {
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    return hex;
}

bool same_secret(std::string_view a, std::string_view b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    std::size_t n = std::max(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

bool host_allowed(std::string_view host, int port) {
    std::string p = ":" + std::to_string(port);
    std::string h = lower_ascii(host);
    return h == "127.0.0.1" + p || h == "localhost" + p;
}

bool origin_allowed(std::string_view origin, int port) {
    std::string_view scheme = "http://";
    return origin.starts_with(scheme) && host_allowed(origin.substr(scheme.size()), port);
}

std::string display_name(std::string_view browser_name) {
    if (auto slash = browser_name.find_last_of("/\\"); slash != std::string_view::npos)
        browser_name = browser_name.substr(slash + 1);
    std::string out;
    constexpr std::size_t max_bytes = 200;
    const auto* at = reinterpret_cast<const utf8proc_uint8_t*>(browser_name.data());
    auto left = static_cast<utf8proc_ssize_t>(browser_name.size());
    while (left > 0) {
        utf8proc_int32_t code = 0;
        utf8proc_ssize_t used = utf8proc_iterate(at, left, &code);
        if (used <= 0) {
            code = 0xFFFD;
            used = 1;
        }
        at += used;
        left -= used;
        auto category = utf8proc_category(code);
        if (category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_CF || category == UTF8PROC_CATEGORY_ZL ||
            category == UTF8PROC_CATEGORY_ZP)
            continue;
        utf8proc_uint8_t encoded[4];
        auto length = static_cast<std::size_t>(utf8proc_encode_char(code, encoded));
        if (out.size() + length > max_bytes) break;
        out.append(reinterpret_cast<const char*>(encoded), length);
    }
    auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return "fil";
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

std::string attachment_disposition(std::string_view name) {
    std::string ascii, encoded;
    for (unsigned char c : name) {
        ascii += is_url_safe(c) || c == ' ' ? static_cast<char>(c) : '_';
        if (is_url_safe(c)) {
            encoded += static_cast<char>(c);
        } else {
            static constexpr char digits[] = "0123456789ABCDEF";
            encoded += '%';
            encoded += digits[c >> 4];
            encoded += digits[c & 15];
        }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace mk::serve
