#pragma once
// The character encoding of a CSV file: UTF-8 (with or without a byte order mark) or Windows-1252.
#include <string>
#include <string_view>

namespace mk::csv {

// bytes as UTF-8 without a byte order mark: a view of bytes when they are valid UTF-8, otherwise
// decoded as Windows-1252 (what Swedish Excel writes) into decoded, its five unassigned bytes
// becoming U+FFFD. Throws mk::error "csv.binary" when bytes hold a NUL character (a binary file, or
// UTF-16 text).
std::string_view decode_text(std::string_view bytes, std::string& decoded);

}  // namespace mk::csv
