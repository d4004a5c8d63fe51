#include "src/container/dump_text.hpp"

namespace mk {

void append_dump_escaped(std::string& out, std::string_view text, bool quotes) {
    std::size_t done = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        std::string_view escape;
        switch (text[at]) {
            case '\n': escape = "\\n"; break;
            case '\t': escape = "\\t"; break;
            case '\r': escape = "\\r"; break;
            case '\\': escape = "\\\\"; break;
            case '"':
                if (quotes) escape = "\\\"";
                break;
            default: break;
        }
        if (escape.empty()) continue;
        out.append(text, done, at - done);
        out.append(escape);
        done = at + 1;
    }
    out.append(text, done);
}

std::string dump_escaped(std::string_view text, bool quotes) {
    std::string out;
    out.reserve(text.size());
    append_dump_escaped(out, text, quotes);
    return out;
}

}  // namespace mk
