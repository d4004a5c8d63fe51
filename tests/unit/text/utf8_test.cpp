#include <doctest/doctest.h>

#include "src/text/utf8.hpp"

using namespace mk::text;

TEST_CASE("code_point_count: characters, not bytes; an invalid byte counts as one") {
    CHECK(code_point_count("") == 0);
    CHECK(code_point_count("Läsår") == 5);
    CHECK(code_point_count("\xF0\x9F\x98\x80!") == 2);
    CHECK(code_point_count("a\xFF" "b") == 3);
    CHECK(code_point_count("\xC3") == 1);
}

TEST_CASE("code_point_prefix: the bytes of the first code points") {
    CHECK(code_point_prefix("Ödeshög", 1) == 2);
    CHECK(code_point_prefix("Ödeshög", 3) == 4);
    CHECK(code_point_prefix("Ödeshög", 99) == std::string_view("Ödeshög").size());
    CHECK(code_point_prefix("abc", 0) == 0);
}

TEST_CASE("first_characters: a long text quoted in a message is cut between characters, marked by …") {
    CHECK(first_characters("Ödeshög", 3) == "Öde…");
    CHECK(first_characters("Ödeshög", 7) == "Ödeshög");
    CHECK(first_characters("", 5).empty());
}

TEST_CASE("next_code_point: decodes, and reads an invalid byte as U+FFFD alone") {
    std::string_view text = "å\xFFx";
    std::size_t at = 0;
    bool valid = false;
    CHECK(next_code_point(text, at, &valid) == U'å');
    CHECK(valid);
    CHECK(at == 2);
    CHECK(next_code_point(text, at, &valid) == replacement_character);
    CHECK_FALSE(valid);
    CHECK(at == 3);
    CHECK(next_code_point(text, at) == U'x');
}

TEST_CASE("append_utf8: one to four bytes") {
    std::string out;
    for (char32_t c : {U'a', U'ä', U'€', U'\U0001F600'}) append_utf8(out, c);
    CHECK(out == "aä€\xF0\x9F\x98\x80");
}

TEST_CASE("is_utf8: strict, no overlong forms, surrogates or code points above U+10FFFF") {
    CHECK(is_utf8(""));
    CHECK(is_utf8("Måluppfyllelse €"));
    CHECK_FALSE(is_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_utf8("\xED\xA0\x80"));      // surrogate U+D800
    CHECK_FALSE(is_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_utf8("M\xE5l"));            // Windows-1252 å
    CHECK_FALSE(is_utf8("\xE2\x82"));          // cut short
}

TEST_CASE("is_utf8: a bad byte is found wherever it sits among runs of eight ASCII bytes") {
    std::string ascii(40, 'x');
    CHECK(is_utf8(ascii));
    for (std::size_t at = 0; at < ascii.size(); ++at) {
        CAPTURE(at);
        for (std::string_view bad :
             {std::string_view("\xE5"), std::string_view("\xC0\xAF"), std::string_view("\xE2\x82")}) {
            std::string text = ascii.substr(0, at) + std::string(bad) + ascii.substr(at);
            CHECK_FALSE(is_utf8(text));
        }
        CHECK(is_utf8(ascii.substr(0, at) + "å€" + ascii.substr(at)));
    }
    // A sequence cut short at the very end, after whole runs of eight.
    CHECK_FALSE(is_utf8(std::string(16, 'x') + "\xE2\x82"));
}
