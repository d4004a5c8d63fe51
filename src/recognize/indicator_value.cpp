#include "src/recognize/indicator_value.hpp"

#include <cmath>
#include <string>

#include <utf8proc.h>

#include "src/text/fold.hpp"
#include "src/text/number_text.hpp"
#include "src/text/utf8.hpp"

namespace mk::recognize {
namespace {

using model::comparison;

struct comparison_word {
    std::string_view written;  // a sign as written, or a folded word
    comparison compare;
};

// The signs and (folded) words that may stand before a number.
constexpr comparison_word comparison_words[] = {
    {"≥", comparison::at_least},     {">=", comparison::at_least},     {"=>", comparison::at_least},
    {"minst", comparison::at_least}, {"lägst", comparison::at_least},  {">", comparison::above},
    {"över", comparison::above},     {"mer än", comparison::above},    {"fler än", comparison::above},
    {"≤", comparison::at_most},      {"<=", comparison::at_most},      {"=<", comparison::at_most},
    {"högst", comparison::at_most},  {"max", comparison::at_most},     {"<", comparison::below},
    {"under", comparison::below},    {"mindre än", comparison::below}, {"färre än", comparison::below},
};

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool has_letter(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        auto category = utf8proc_category(static_cast<utf8proc_int32_t>(text::next_code_point(text, at)));
        if (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) return true;
    }
    return false;
}

// text without the white space (no-break spaces included) at its ends.
std::string_view trim(std::string_view text) {
    std::size_t first = 0;
    while (first < text.size()) {
        std::size_t at = first;
        if (!is_space(text::next_code_point(text, at))) break;
        first = at;
    }
    std::size_t end = first;
    for (std::size_t at = first; at < text.size();)
        if (!is_space(text::next_code_point(text, at))) end = at;
    return text.substr(first, end - first);
}

std::optional<comparison> comparison_of(std::string_view head) {
    if (head.empty()) return comparison::none;
    std::string folded = text::fold(head);
    for (const comparison_word& w : comparison_words)
        if (head == w.written || (!folded.empty() && folded == w.written)) return w.compare;
    return std::nullopt;
}

// Reads digits with thousands groups ("1 200") and one decimal separator from the start of text
// into number (with '.' as the separator); returns the length read.
std::size_t scan_number(std::string_view text, std::string& number) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (is_digit(text[at])) {
            number += text[at++];
            continue;
        }
        // A space (or no-break space) followed by exactly three digits groups thousands.
        std::size_t after = at;
        if (!is_space(text::next_code_point(text, after))) break;
        bool group = after + 3 <= text.size() && is_digit(text[after]) && is_digit(text[after + 1]) &&
                     is_digit(text[after + 2]) && (after + 3 == text.size() || !is_digit(text[after + 3]));
        if (!group || number.find('.') != std::string::npos) break;
        at = after;
    }
    if (at + 1 < text.size() && (text[at] == ',' || text[at] == '.') && is_digit(text[at + 1])) {
        number += '.';
        ++at;
        while (at < text.size() && is_digit(text[at])) number += text[at++];
    }
    return at;
}

bool starts_with_dash(std::string_view text) {
    return text.starts_with('-') || text.starts_with("–") || text.starts_with("—") || text.starts_with("−");
}

}  // namespace

model::indicator_value parse_indicator_value(std::string_view written) {
    model::indicator_value out;
    out.text = std::string(written);
    std::string_view text = trim(written);
    bool letters = has_letter(text);
    auto not_a_value = [&] {
        out.kind = letters ? model::value_kind::text : model::value_kind::malformed;
        return out;
    };
    std::size_t digit = 0;
    while (digit < text.size() && !is_digit(text[digit])) ++digit;
    if (digit == text.size()) {
        // No digit: words, a dash for no value, or marks alone.
        bool marks = text.find_first_of("%<>=") != std::string_view::npos || text.find("≥") != std::string_view::npos ||
                     text.find("≤") != std::string_view::npos;
        if (!letters && !marks) return out;
        return not_a_value();
    }
    std::string_view head = trim(text.substr(0, digit));
    bool negative = false;
    for (std::string_view sign : {"-", "−"}) {
        if (head.ends_with(sign)) {
            negative = true;
            head = trim(head.substr(0, head.size() - sign.size()));
        }
    }
    std::optional<comparison> compare = comparison_of(head);
    if (!compare) return not_a_value();
    std::string number = negative ? "-" : "";
    std::size_t length = scan_number(text.substr(digit), number);
    std::string_view rest = trim(text.substr(digit + length));
    std::optional<double> value = text::parse_finite_number(number);
    if (!value) return not_a_value();
    if (starts_with_dash(rest)) {
        out.kind = model::value_kind::text;  // a range ("75–80") or a date
        return out;
    }
    if (rest.empty())
        out.kind = model::value_kind::number;
    else if (rest == "%" || text::fold(rest) == "procent")
        out.kind = model::value_kind::percent;
    else
        return not_a_value();
    out.compare = *compare;
    out.number = value;
    return out;
}

model::indicator_value number_cell_value(double number, bool percent) {
    model::indicator_value out;
    out.number = number;
    out.kind = model::value_kind::number;
    if (percent) {
        // 0.85 × 100 is 85.00000000000001 in binary: round away what the multiplication adds.
        out.number = std::round(number * 100 * 1e9) / 1e9;
        out.kind = model::value_kind::percent;
    }
    out.text = text::decimal_comma(text::number_text(*out.number)) + (percent ? " %" : "");
    return out;
}

}  // namespace mk::recognize
