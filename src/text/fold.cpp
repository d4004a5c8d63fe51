#include "src/text/fold.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <memory>

namespace mk::text {
namespace {

std::vector<utf8proc_int32_t> code_points(std::string_view text) {
    std::vector<utf8proc_int32_t> out;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto remaining = static_cast<utf8proc_ssize_t>(text.size());
    while (remaining > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, remaining, &cp);
        if (n <= 0) {  // invalid byte: skip it, as U+FFFD
            cp = 0xFFFD;
            n = 1;
        }
        out.push_back(cp);
        p += n;
        remaining -= n;
    }
    return out;
}

void append_utf8(std::string& out, utf8proc_int32_t cp) {
    utf8proc_uint8_t buffer[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

bool is_separator(utf8proc_int32_t cp) {
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC:
        case UTF8PROC_CATEGORY_CF:
        case UTF8PROC_CATEGORY_PC:
        case UTF8PROC_CATEGORY_PD:
        case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE:
        case UTF8PROC_CATEGORY_PI:
        case UTF8PROC_CATEGORY_PF:
        case UTF8PROC_CATEGORY_PO:
        case UTF8PROC_CATEGORY_SM:
        case UTF8PROC_CATEGORY_SC:
        case UTF8PROC_CATEGORY_SK:
        case UTF8PROC_CATEGORY_SO: return true;
        default: return false;
    }
}

std::string normalize_case(std::string_view text) {
    utf8proc_uint8_t* mapped = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
    if (n < 0) return std::string(text);  // invalid UTF-8: fold what can be folded below
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
    return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
}

bool words_match(std::string_view a, std::string_view b) {
    if (a == b) return true;
    std::size_t longer = std::max(a.size(), b.size());
    if (longer < 5) return false;
    return edit_distance(a, b) * 5 <= longer;
}

}  // namespace

std::string fold(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (utf8proc_int32_t cp : code_points(normalize_case(text))) {
        if (is_separator(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        append_utf8(out, cp);
    }
    return out;
}

std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> out;
    std::string folded = fold(text);
    std::size_t start = 0;
    while (start < folded.size()) {
        auto end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        out.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (utf8proc_int32_t cp : code_points(text)) {
        auto category = utf8proc_category(cp);
        if (category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
            category == UTF8PROC_CATEGORY_ZP || cp == '\n' || cp == '\t' || cp == '\r') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        append_utf8(out, cp);
    }
    return out;
}

std::string squeeze_spaces_keep_lines(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line = squeeze_spaces(text.substr(start, end - start));
        if (!out.empty() || !line.empty()) out += line + "\n";
        start = end + 1;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto x = code_points(a);
    auto y = code_points(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

double token_similarity(std::string_view a, std::string_view b) {
    auto left = tokens(a);
    auto right = tokens(b);
    if (left.empty() && right.empty()) return 1.0;
    if (left.empty() || right.empty()) return 0.0;
    std::vector<bool> used(right.size(), false);
    std::size_t common = 0;
    for (const auto& word : left) {
        for (std::size_t j = 0; j < right.size(); ++j) {
            if (!used[j] && words_match(word, right[j])) {
                used[j] = true;
                ++common;
                break;
            }
        }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(left.size() + right.size());
}

}  // namespace mk::text
