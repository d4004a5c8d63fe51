#pragma once
// Case of ASCII letters, for names that formats define in ASCII (extensions, style ids, colours):
// other bytes, UTF-8 ones included, stay as they are. Text people write is folded with fold().
#include <string>
#include <string_view>

namespace mk::text {

// c in lower case when it is an ASCII letter, else c.
constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// text with its ASCII letters in lower case: "Heading 1.DOCX" → "heading 1.docx".
std::string ascii_lower(std::string_view text);

// Whether a and b are equal but for the case of ASCII letters.
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

}  // namespace mk::text
