#pragma once
// File names for the generated documents that every system (Windows too) accepts.
#include <string>
#include <string_view>

namespace mk::sk {

// name with the characters Windows forbids (<>:"/\|?* and control characters) replaced by '-',
// trailing dots and spaces dropped, and reserved device names (CON, NUL, COM1...) prefixed with '_';
// "namnlös" for an empty name.
std::string safe_file_name(std::string_view name);

}  // namespace mk::sk
