#include "converters/xlsx/text.hpp"

#include <libxml/parserInternals.h>

#include <charconv>
#include <cstdint>
#include <optional>

namespace mk::xlsx {
namespace {

// The code unit of the escape "_xHHHH_" at the start of text, if there is one.
std::optional<char16_t> escape_at(std::string_view text) {
    if (text.size() < 7 || text[0] != '_' || text[1] != 'x' || text[6] != '_') return std::nullopt;
    std::uint16_t unit = 0;
    auto [end, ec] = std::from_chars(text.data() + 2, text.data() + 6, unit, 16);
    if (ec != std::errc() || end != text.data() + 6) return std::nullopt;
    return static_cast<char16_t>(unit);
}

void append_utf8(std::string& out, char32_t cp) {
    xmlChar buffer[4];
    int length = xmlCopyCharMultiByte(buffer, static_cast<int>(cp));
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

bool is_high_surrogate(char16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool is_low_surrogate(char16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

}  // namespace

void append_unescaped(std::string& out, std::string_view text) {
    std::size_t done = 0;
    for (std::size_t at = text.find("_x"); at != std::string_view::npos; at = text.find("_x", at)) {
        auto unit = escape_at(text.substr(at));
        if (!unit || *unit == 0 || is_low_surrogate(*unit)) {
            ++at;
            continue;
        }
        char32_t cp = *unit;
        std::size_t length = 7;
        if (is_high_surrogate(*unit)) {
            auto low = escape_at(text.substr(at + 7));
            if (!low || !is_low_surrogate(*low)) {
                ++at;
                continue;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
            length = 14;
        }
        out.append(text, done, at - done);
        append_utf8(out, cp);
        at += length;
        done = at;
    }
    out.append(text, done);
}

void string_item_events::start(bool known, std::string_view local) {
    ++depth_;
    if (text_depth_ != 0 || !known) return;
    if (depth_ == 1) {
        in_run_ = local == "r";
        if (local == "t") text_depth_ = depth_;
    } else if (depth_ == 2 && in_run_ && local == "t") {
        text_depth_ = depth_;
    }
}

void string_item_events::end() {
    if (depth_ == text_depth_) {
        append_unescaped(out_, raw_);
        raw_.clear();
        text_depth_ = 0;
    }
    if (--depth_ == 0) in_run_ = false;
}

void string_item_events::text(std::string_view piece) {
    if (depth_ == text_depth_ && text_depth_ != 0) raw_.append(piece);
}

std::string string_item_events::take() {
    std::string text = std::move(out_);
    out_.clear();
    raw_.clear();
    depth_ = text_depth_ = 0;
    in_run_ = false;
    return text;
}

}  // namespace mk::xlsx
