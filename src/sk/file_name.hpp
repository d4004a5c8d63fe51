#pragma once
// File names for the generated documents that every system (Windows and macOS too) accepts, one per
// school and no two alike where case does not count.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "src/model/school.hpp"

namespace mk::sk {

// The longest file name stem, in bytes of UTF-8: with an extension, a skolenhetskod and the
// temporary name written first, well within the 255 bytes file systems allow.
inline constexpr std::size_t max_stem_bytes = 200;

// name with the characters Windows forbids (<>:"/\|?*, control characters, invalid UTF-8) replaced
// by '-', cut to max_stem_bytes without splitting a character, leading spaces and trailing dots and
// spaces dropped, and reserved device names (CON, NUL, COM1, "con.txt"...) prefixed with '_';
// "namnlös" for an empty name.
std::string safe_file_name(std::string_view name);

// What a case-insensitive file system (Windows, macOS) takes name as: case folded (å/Å, ä/Ä, ö/Ö
// too) and composed, so that two names with the same key are one file there.
std::string file_name_key(std::string_view name);

// One file name stem per school, in their order: safe_file_name of its name, and where that is the
// same as an earlier school's by file_name_key, the name followed by its skolenhetskod
// ("Skolan (84213307)"; a number after that when even that is taken).
std::vector<std::string> unique_file_stems(const std::vector<const model::school*>& schools);

}  // namespace mk::sk
