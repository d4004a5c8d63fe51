#include "src/core/error.hpp"

namespace mk {
namespace {

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

error::error(std::string code, message msg, std::string context)
    : code_(std::move(code)), message_(std::move(msg)), context_(std::move(context)) {}

error error::with_context(const std::string& context) const {
    error copy = *this;
    if (copy.context_.empty()) copy.context_ = context;
    return copy;
}

// A context longer than 120 bytes or a message longer than 600 is shortened in its middle.
const char* error::what() const noexcept {
    constexpr std::size_t longest_context = 120, longest_message = 600;
    std::string text = shortened(message_.text(), longest_message);
    what_ = one_line(context_.empty() ? text : shortened(context_, longest_context) + ": " + text);
    return what_.c_str();
}

message out_of_memory_text() { return tr("minnet tog slut", "out of memory"); }

}  // namespace mk
