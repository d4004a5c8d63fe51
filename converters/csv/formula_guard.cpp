#include "converters/csv/formula_guard.hpp"

#include <algorithm>

#include "src/text/number_text.hpp"

namespace mk::csv {
namespace {

bool starts_formula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
}

// Whether text is one number, with a decimal point or comma ("-4,5").
bool is_plain_number(std::string_view text) {
    std::string point(text);
    std::replace(point.begin(), point.end(), ',', '.');
    return text::parse_finite_number(point).has_value();
}

}  // namespace

std::string guarded(std::string_view text) {
    if (starts_formula(text) && !is_plain_number(text)) return "'" + std::string(text);
    return std::string(text);
}

std::string_view unguarded(std::string_view text) {
    if (text.size() > 1 && text[0] == '\'' && starts_formula(text.substr(1))) text.remove_prefix(1);
    return text;
}

}  // namespace mk::csv
