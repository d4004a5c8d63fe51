#include "src/core/located_text.hpp"

namespace mk {
namespace {

// text, or when longer than limit bytes its start and end around "…" (a name of 10,000 characters
// is not repeated whole), cut at character boundaries.
std::string shortened(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return std::string(text);
    auto boundary = [&](std::size_t at) {
        while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
        return at;
    };
    std::size_t head = boundary(limit * 2 / 3);
    std::size_t tail = boundary(text.size() - limit / 3);
    return std::string(text.substr(0, head)) + "…" + std::string(text.substr(tail));
}

}  // namespace

std::string one_line(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

std::string located_text(std::string_view context, const message& msg) {
    constexpr std::size_t longest_context = 120, longest_message = 600;
    std::string text = shortened(msg.text(), longest_message);
    return one_line(context.empty() ? text : shortened(context, longest_context) + ": " + text);
}

}  // namespace mk
