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

}  // namespace

error::error(std::string code, message msg, std::string context)
    : code_(std::move(code)), message_(std::move(msg)), context_(std::move(context)) {}

error error::with_context(const std::string& context) const {
    error copy = *this;
    if (copy.context_.empty()) copy.context_ = context;
    return copy;
}

const char* error::what() const noexcept {
    what_ = one_line(context_.empty() ? message_.text() : context_ + ": " + message_.text());
    return what_.c_str();
}

}  // namespace mk
