#pragma once
// Which number formats show a number as a date or a time.
#include <cstdint>
#include <string_view>

namespace mk::xlsx {

// Whether a built-in number format id (14–22, 45–47) is a date or time format.
bool is_builtin_date_format(std::uint32_t id);

// Whether a format code shows a date or time: its first section has d, m, y, h or s outside
// quoted text, backslash escapes and brackets, or an elapsed-time bracket ([h], [mm], [ss]).
bool is_date_format_code(std::string_view code);

}  // namespace mk::xlsx
