#include "src/sk/file_name.hpp"

#include <array>

namespace mk::sk {

std::string safe_file_name(std::string_view name) {
    std::string safe;
    for (char c : name) {
        bool forbidden = static_cast<unsigned char>(c) < 0x20 || std::string_view("<>:\"/\\|?*").find(c) != std::string_view::npos;
        safe += forbidden ? '-' : c;
    }
    while (!safe.empty() && (safe.back() == '.' || safe.back() == ' ')) safe.pop_back();
    while (!safe.empty() && safe.front() == ' ') safe.erase(0, 1);
    if (safe.empty()) return "namnlös";
    std::string stem = safe.substr(0, safe.find('.'));
    for (char& c : stem) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    static constexpr std::array<std::string_view, 22> reserved{
        "CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    for (auto word : reserved)
        if (stem == word) return "_" + safe;
    return safe;
}

}  // namespace mk::sk
