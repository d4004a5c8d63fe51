#include "converters/xlsx/numbers.hpp"

#include "src/text/number_text.hpp"

namespace mk::xlsx {

std::optional<double> parse_number(std::string_view text) { return text::parse_finite_number(text); }

std::optional<bool> parse_boolean(std::string_view text) {
    if (text == "1" || text == "true") return true;
    if (text == "0" || text == "false") return false;
    return std::nullopt;
}

}  // namespace mk::xlsx
