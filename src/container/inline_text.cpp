#include "src/container/inline_text.hpp"

namespace mk {

std::vector<inline_piece> split_inline(std::string_view text) {
    std::vector<inline_piece> out;
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        if (end > start) out.push_back({inline_kind::text, text.substr(start, end - start)});
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '\t' && c != '\n' && c != '\r') continue;
        flush(i);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out.push_back({c == '\t' ? inline_kind::tab : inline_kind::line_break, {}});
        start = i + 1;
    }
    flush(text.size());
    return out;
}

}  // namespace mk
