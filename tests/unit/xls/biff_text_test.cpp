// Characters as BIFF records store them: BIFF8's 8-bit and UTF-16 characters, BIFF5's code pages.
#include <doctest/doctest.h>

#include "converters/xls/biff_text.hpp"

namespace mk::test {

TEST_CASE("BIFF8 characters: 8-bit ones are U+0000-U+00FF, 16-bit ones UTF-16 with surrogate pairs") {
    std::string out;
    char16_t waiting = 0;
    xls::append_biff_characters(out, "M\xe5l", false, waiting);
    CHECK(out == "Mål");
    out.clear();
    // "Ω😀", the pair split between two calls, as between a STRING and a CONTINUE record.
    xls::append_biff_characters(out, std::string_view("\xa9\x03\x3d\xd8", 4), true, waiting);
    CHECK(waiting == 0xD83D);
    xls::append_biff_characters(out, std::string_view("\x00\xde", 2), true, waiting);
    CHECK(out == "Ω😀");
    CHECK(waiting == 0);
}

TEST_CASE("BIFF8 characters: an unpaired surrogate is U+FFFD, also one left waiting at the end") {
    std::string out;
    char16_t waiting = 0;
    xls::append_biff_characters(out, std::string_view("\x00\xdc\x41\x00\x3d\xd8", 6), true, waiting);
    CHECK(out == "\uFFFDA");
    xls::append_biff_characters(out, {}, true, waiting);
    CHECK(out == "\uFFFDA\uFFFD");
}

TEST_CASE("BIFF5 text in its code page: Windows-1252, the Mac's, and Windows-1252 for one the system lacks") {
    CHECK(xls::codepage_text("M\xe5l \x96 \x80", 1252) == "Mål – €");
    CHECK(xls::codepage_text("M\x8cl", 32768) == "Mål");
    CHECK(xls::codepage_text("M\xe5l", 4711) == "Mål");
    CHECK(xls::codepage_text("a\x81"
                             "b",
                             1252) == "a\uFFFDb");
}

}  // namespace mk::test
