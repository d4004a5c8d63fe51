#pragma once
// Characters as BIFF records store them, as UTF-8.
#include <cstdint>
#include <string>
#include <string_view>

namespace mk::xls {

// Appends BIFF8 characters to out: 8-bit ones (the code points U+0000–U+00FF) or, when wide, UTF-16LE
// code units, a surrogate pair split between calls joined through high_surrogate (0 when none is
// waiting). An unpaired surrogate becomes U+FFFD, also when bytes is empty and one is waiting.
void append_biff_characters(std::string& out, std::string_view bytes, bool wide, char16_t& high_surrogate);

// BIFF5 text in the workbook's code page (its CODEPAGE record: 1252 for Western Europe, 32768 for
// the Mac) as UTF-8; a byte the code page has no character for becomes U+FFFD, and a code page the
// system cannot decode is read as Windows-1252.
std::string codepage_text(std::string_view bytes, std::uint16_t codepage);

}  // namespace mk::xls
