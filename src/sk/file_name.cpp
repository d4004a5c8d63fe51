#include "src/sk/file_name.hpp"

#include <array>
#include <cstdlib>
#include <set>

#include "src/text/utf8.hpp"

namespace mk::sk {
namespace {

// text cut to at most bytes bytes, never inside a character, trailing dots and spaces dropped.
std::string cut(std::string text, std::size_t bytes) {
    std::size_t end = 0;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t next = at;
        text::next_code_point(text, next);
        if (next > bytes) break;
        end = at = next;
    }
    text.resize(end);
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
    return text;
}

// Whether stem (up to its first dot, trailing spaces ignored) is a device name Windows reserves.
bool reserved(std::string_view name) {
    std::string stem(name.substr(0, name.find('.')));
    while (!stem.empty() && stem.back() == ' ') stem.pop_back();
    for (char& c : stem) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    static constexpr std::array<std::string_view, 24> words{
        "CON",  "PRN",  "AUX",  "NUL",  "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    for (auto word : words)
        if (stem == word) return true;
    return false;
}

// What the nth try to tell a school's file from another's adds: its skolenhetskod ("84213307"), then
// the code and a number ("84213307 2"); a number alone when the code is missing or no code at all.
std::string distinguishing_label(const model::school& school, int n) {
    constexpr std::size_t longest_code = 20;
    std::string label = school.code.size() <= longest_code ? school.code : "";
    if (n > 1 || label.empty()) label += (label.empty() ? "" : " ") + std::to_string(n);
    return label;
}

}  // namespace

std::string safe_file_name(std::string_view name) {
    std::string safe;
    for (std::size_t at = 0; at < name.size();) {
        bool valid = true;
        char32_t c = text::next_code_point(name, at, &valid);
        bool forbidden =
            !valid || c < 0x20 || c == 0x7F || std::u32string_view(U"<>:\"/\\|?*").find(c) != std::u32string_view::npos;
        text::append_utf8(safe, forbidden ? U'-' : c);
    }
    std::size_t first = safe.find_first_not_of(' ');
    safe = cut(first == std::string::npos ? "" : safe.substr(first), max_stem_bytes);
    if (safe.empty()) return "namnlös";
    if (reserved(safe)) return "_" + safe;
    return safe;
}

std::string file_name_key(std::string_view name) {
    utf8proc_uint8_t* folded = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                           static_cast<utf8proc_ssize_t>(name.size()), &folded, options);
    if (length < 0) return std::string(name);
    std::string key(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
    std::free(folded);
    return key;
}

std::vector<std::string> unique_file_stems(const std::vector<const model::school*>& schools) {
    std::vector<std::string> stems;
    std::set<std::string> taken;
    for (const model::school* school : schools) {
        std::string stem = safe_file_name(school->name);
        for (int n = 1; !taken.insert(file_name_key(stem)).second; ++n) {
            std::string suffix = " (" + distinguishing_label(*school, n) + ")";
            stem = safe_file_name(cut(safe_file_name(school->name), max_stem_bytes - suffix.size()) + suffix);
        }
        stems.push_back(std::move(stem));
    }
    return stems;
}

}  // namespace mk::sk
