#pragma once
// Numbers as text that reads back exactly, independent of the locale.
#include <optional>
#include <string>
#include <string_view>

namespace mk::text {

// The shortest text that reads back as value, in plain digits from 1e-6 up to 1e15 ("0.1", "75",
// "1000000", "0.000001") and with an exponent outside ("1e-07", "1e+15"); negative zero, which
// spreadsheets do not have, as "0".
std::string number_text(double value);

// number (a number_text) with a decimal comma, as Swedish text writes it: "3,5" for "3.5"; one with an
// exponent ("1.5e-07") as it is.
std::string decimal_comma(std::string number);

// The number text spells when it is all one decimal number ("75", "-0.5", "1e-3") and finite; the
// one rule of every reader: "inf", "nan" and numbers out of the range of a double are nullopt.
std::optional<double> parse_finite_number(std::string_view text);

}  // namespace mk::text
