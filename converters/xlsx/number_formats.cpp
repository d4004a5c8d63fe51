#include "converters/xlsx/number_formats.hpp"

#include "src/text/ascii.hpp"

namespace mk::xlsx {
namespace {

// Whether bracket content is an elapsed-time unit: one or more of the same letter h, m or s.
bool is_elapsed_time(std::string_view content) {
    if (content.empty()) return false;
    char unit = text::ascii_lower(content.front());
    if (unit != 'h' && unit != 'm' && unit != 's') return false;
    for (char c : content)
        if (text::ascii_lower(c) != unit) return false;
    return true;
}

}  // namespace

format_kind builtin_format_kind(std::uint32_t id) {
    if (id >= 14 && id <= 17) return format_kind::date;
    if (id == 22) return format_kind::date_time;
    if ((id >= 18 && id <= 21) || id == 45 || id == 47) return format_kind::time;
    if (id == 46) return format_kind::duration;
    if (id == 9 || id == 10) return format_kind::percent;
    return format_kind::number;
}

format_kind format_code_kind(std::string_view code) {
    // The runs of date and time letters in order, one lower-case letter each ("yyyy-mm-dd" → y m d).
    std::string runs;
    bool percent = false;
    for (std::size_t at = 0; at < code.size() && code[at] != ';'; ++at) {
        char c = text::ascii_lower(code[at]);
        if (c == '"') {
            at = code.find('"', at + 1);
            if (at == std::string_view::npos) break;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++at;  // an escaped character, or the character whose width (_) or fill (*) is meant
        } else if (c == '[') {
            std::size_t close = code.find(']', at + 1);
            if (close == std::string_view::npos) break;
            if (is_elapsed_time(code.substr(at + 1, close - at - 1))) return format_kind::duration;
            at = close;
        } else if (c == 'a' && (text::ascii_lower(code.substr(at, 5)) == "am/pm" ||
                                text::ascii_lower(code.substr(at, 3)) == "a/p")) {
            at += code[at + 1] == '/' ? 2 : 4;  // the half of the day, not a month
        } else if (c == 'd' || c == 'm' || c == 'y' || c == 'h' || c == 's') {
            if (at == 0 || text::ascii_lower(code[at - 1]) != c) runs += c;
        } else if (c == '%') {
            percent = true;
        }
    }
    bool date = false;
    bool time = false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        char c = runs[i];
        bool minutes = c == 'm' && ((i > 0 && runs[i - 1] == 'h') || (i + 1 < runs.size() && runs[i + 1] == 's'));
        if (c == 'h' || c == 's' || minutes)
            time = true;
        else
            date = true;
    }
    if (time) return date ? format_kind::date_time : format_kind::time;
    if (date) return format_kind::date;
    return percent ? format_kind::percent : format_kind::number;
}

}  // namespace mk::xlsx
