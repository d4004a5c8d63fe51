#include "converters/xlsx/number_formats.hpp"

namespace mk::xlsx {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_date_letter(char c) {
    c = lower(c);
    return c == 'd' || c == 'm' || c == 'y' || c == 'h' || c == 's';
}

// Whether bracket content is an elapsed-time unit: one or more of the same letter h, m or s.
bool is_elapsed_time(std::string_view content) {
    if (content.empty()) return false;
    char unit = lower(content.front());
    if (unit != 'h' && unit != 'm' && unit != 's') return false;
    for (char c : content)
        if (lower(c) != unit) return false;
    return true;
}

}  // namespace

bool is_builtin_date_format(std::uint32_t id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47); }

bool is_date_format_code(std::string_view code) {
    for (std::size_t at = 0; at < code.size(); ++at) {
        char c = code[at];
        if (c == ';') return false;
        if (c == '"') {
            at = code.find('"', at + 1);
            if (at == std::string_view::npos) return false;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++at;  // an escaped character, or the character whose width (_) or fill (*) is meant
        } else if (c == '[') {
            std::size_t close = code.find(']', at + 1);
            if (close == std::string_view::npos) return false;
            if (is_elapsed_time(code.substr(at + 1, close - at - 1))) return true;
            at = close;
        } else if (is_date_letter(c)) {
            return true;
        }
    }
    return false;
}

}  // namespace mk::xlsx
