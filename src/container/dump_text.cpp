#include "src/container/dump_text.hpp"

namespace mk {

std::string dump_escaped(std::string_view text, bool quotes) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\\': out += "\\\\"; break;
            case '"': out += quotes ? "\\\"" : "\""; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace mk
