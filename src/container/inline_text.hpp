#pragma once
// A paragraph's text as the writers lay it out: runs of characters between tabs and line breaks.
#include <cstdint>
#include <string_view>
#include <vector>

namespace mk {

enum class inline_kind : std::uint8_t { text, tab, line_break };

struct inline_piece {
    inline_kind kind = inline_kind::text;
    // kind text: the characters (never empty); otherwise empty.
    std::string_view text;
};

// The pieces of a block's text: '\t' is a tab; '\n', "\r\n" and a lone '\r' are line breaks.
std::vector<inline_piece> split_inline(std::string_view text);

}  // namespace mk
