#include "src/text/fold.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <memory>

#include "src/text/utf8.hpp"

namespace mk::text {
namespace {

std::vector<utf8proc_int32_t> code_points(std::string_view text) {
    std::vector<utf8proc_int32_t> out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) out.push_back(static_cast<utf8proc_int32_t>(next_code_point(text, at)));
    return out;
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

// White space as squeeze_spaces() sees it: space separators, line and paragraph separators, tab,
// line feed and carriage return.
bool is_space(utf8proc_int32_t cp) {
    if (cp < 0x80) return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r';
    auto category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP;
}

constexpr utf8proc_int32_t separator = -1;
constexpr utf8proc_int32_t needs_normalization = -2;

// The folded form of an ASCII character: itself lower-cased, or separator.
constexpr utf8proc_int32_t quick_fold_ascii(utf8proc_int32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return cp;
    return separator;
}

// The folded form of one code point above ASCII (ASCII is folded by ascii_folds) when folding it
// alone gives what folding the whole text gives: Latin-1 but ß (whose fold is "ss") and µ (whose
// fold is Greek), and the punctuation of U+2000–U+206F. None of these composes under NFC with a
// neighbour the quick path accepts (combining marks are not accepted). Returns separator for
// punctuation, symbols and spaces, and needs_normalization for every other code point.
utf8proc_int32_t quick_fold(utf8proc_int32_t cp) {
    if (cp == 0xD7 || cp == 0xF7 || (cp >= 0xA0 && cp <= 0xBF && is_separator(cp))) return separator;
    if (cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp == 0xBA || (cp >= 0xBC && cp <= 0xBE)) return cp;
    if (cp >= 0xC0 && cp <= 0xDE) return cp + 0x20;
    if (cp >= 0xE0 && cp <= 0xFF) return cp;
    if (cp >= 0x2000 && cp <= 0x206F && is_separator(cp)) return separator;
    return needs_normalization;
}

// quick_fold_ascii of each ASCII character, looked up: the character folded, or 0 for a separator.
constexpr std::array<char, 128> ascii_folds = [] {
    std::array<char, 128> out{};
    for (int c = 0; c < 128; ++c) {
        utf8proc_int32_t folded = quick_fold_ascii(c);
        out[static_cast<std::size_t>(c)] = folded == separator ? '\0' : static_cast<char>(folded);
    }
    return out;
}();

// Text built code point by code point, with each run of gaps written as one space and none at
// either end.
class collapsed_text {
public:
    explicit collapsed_text(std::size_t capacity) { out_.reserve(capacity); }
    void gap() { pending_space_ = !out_.empty(); }
    void add(utf8proc_int32_t cp) {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
        append_utf8(out_, static_cast<char32_t>(cp));
    }
    // Adds one ASCII character.
    void add(char c) {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
        out_ += c;
    }
    // Adds the bytes of one code point as they are.
    void add(std::string_view bytes) {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
        out_ += bytes;
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
    bool pending_space_ = false;
};

// Whether squeeze_spaces(text) is text as it is, told quickly for the common case: ASCII and valid
// two-byte sequences but U+00A0 (the only white space among U+0080 to U+07FF), single spaces between
// the words. False for every other text, which the code point by code point path then reads.
bool already_squeezed(std::string_view text) {
    bool after_space = true;  // a space at the start is one to drop
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte == ' ') {
            if (after_space) return false;
            after_space = true;
        } else if (byte < 0x80) {
            if (byte == '\n' || byte == '\t' || byte == '\r') return false;
            after_space = false;
        } else if (i + 1 < text.size() && is_two_byte_sequence(text[i], text[i + 1]) &&
                   text.substr(i, 2) != "\xC2\xA0") {
            ++i;
            after_space = false;
        } else {
            return false;
        }
    }
    return !after_space || text.empty();  // none at the end
}

// The length in bytes of the white space (as squeeze_spaces sees it) at the start of text.
std::size_t spaces_at_start(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t next = at;
        if (!is_space(static_cast<utf8proc_int32_t>(next_code_point(text, next)))) break;
        at = next;
    }
    return at;
}

bool words_match(std::string_view a, std::string_view b) {
    if (a == b) return true;
    std::size_t longer = std::max(a.size(), b.size());
    if (longer < 5) return false;
    return edit_distance(a, b) * 5 <= longer;
}

}  // namespace

std::string fold_with_normalization(std::string_view text) {
    collapsed_text out(text.size());
    for (utf8proc_int32_t cp : code_points(normalize_case(text))) {
        if (is_separator(cp))
            out.gap();
        else
            out.add(cp);
    }
    return out.take();
}

std::string fold(std::string_view text) {
    collapsed_text out(text.size());
    for (std::size_t at = 0; at < text.size();) {
        if (auto byte = static_cast<unsigned char>(text[at]); byte < 0x80) {  // most of Swedish text
            ++at;
            if (char folded = ascii_folds[byte]; folded != '\0')
                out.add(folded);
            else
                out.gap();
            continue;
        }
        utf8proc_int32_t cp = quick_fold(static_cast<utf8proc_int32_t>(next_code_point(text, at)));
        if (cp == needs_normalization) return fold_with_normalization(text);
        if (cp == separator)
            out.gap();
        else
            out.add(cp);
    }
    return out.take();
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

bool surely_folds_longer_than(std::string_view text, std::size_t bytes) {
    // Counted a block at a time, without a branch per character, so that the compiler counts a
    // block in a few vector instructions.
    constexpr std::size_t block = 64;
    std::size_t letters = 0;
    for (std::size_t at = 0; at < text.size() && letters <= bytes; at += block) {
        std::string_view part = text.substr(at, block);
        for (char c : part)
            letters +=
                static_cast<std::size_t>((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    return letters > bytes;
}

std::string squeeze_spaces(std::string_view text) {
    if (already_squeezed(text)) return std::string(text);
    collapsed_text out(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::size_t start = at;
        bool valid = true;
        auto cp = static_cast<utf8proc_int32_t>(next_code_point(text, at, &valid));
        if (is_space(cp))
            out.gap();
        else if (valid)
            out.add(text.substr(start, at - start));  // the bytes encoding cp
        else
            out.add(cp);
    }
    return out.take();
}

bool is_blank(std::string_view text) { return spaces_at_start(text) == text.size(); }

char32_t first_after_spaces(std::string_view text) {
    std::size_t at = spaces_at_start(text);
    return at < text.size() ? next_code_point(text, at) : 0;
}

bool starts_upper_case(std::string_view text) {
    return utf8proc_isupper(static_cast<utf8proc_int32_t>(first_after_spaces(text)));
}

std::string squeeze_spaces_keep_lines(std::string_view text) {
    if (text.find('\n') == std::string_view::npos) return squeeze_spaces(text);
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line = squeeze_spaces(text.substr(start, end - start));
        if (!out.empty() || !line.empty()) {
            out += line;
            out += '\n';
        }
        start = end + 1;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::size_t symbol_prefix(std::string_view text) {
    std::size_t length = 0;
    for (std::size_t at = 0; at < text.size();) {
        bool valid = true;
        auto cp = static_cast<utf8proc_int32_t>(next_code_point(text, at, &valid));
        if (valid && utf8proc_category(cp) == UTF8PROC_CATEGORY_SO)
            length = at;
        else if (!is_space(cp))
            break;
    }
    return length;
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
