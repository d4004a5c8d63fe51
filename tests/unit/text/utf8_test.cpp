#include <doctest/doctest.h>

#include "src/text/utf8.hpp"

using namespace mk::text;

TEST_CASE("code_point_count: characters, not bytes, an invalid byte counts as one") {
    CHECK(code_point_count("") == 0);
    CHECK(code_point_count("Läsår") == 5);
    CHECK(code_point_count("\xF0\x9F\x98\x80!") == 2);
    CHECK(code_point_count("a\xFF" "b") == 3);
    CHECK(code_point_count("\xC3") == 1);
}

TEST_CASE("code_point_count: long texts count as they decode, eight ASCII bytes at a time or not") {
    auto decoded = [](std::string_view text) {
        std::size_t count = 0;
        for (std::size_t at = 0; at < text.size(); ++count) next_code_point(text, at);
        return count;
    };
    for (std::string text : {std::string("Eleverna ska nå kunskapskraven i alla ämnen"), std::string(17, 'a') + "\xFF",
                             "abcdefg\xC3\xA5" + std::string(9, 'b') + "\xF0\x9F\x98\x80" + std::string(8, 'c'),
                             std::string(7, 'd') + "\xE2\x82" + std::string(16, 'e'), std::string(64, 'f')}) {
        CAPTURE(text);
        CHECK(code_point_count(text) == decoded(text));
    }
    CHECK(code_point_count(std::string(64, 'f') + "ö") == 65);
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

TEST_CASE("is_utf8: a long text, checked in two halves, is judged as a whole around its middle") {
    // Large enough to be halved; the middle is byte 2^22.
    std::string text(std::size_t{8} << 20, 'x');
    std::size_t middle = text.size() / 2;
    CHECK(is_utf8(text));
    // A code point of two, three and four bytes across the middle, at every offset.
    for (std::string_view sequence :
         {std::string_view("å"), std::string_view("€"), std::string_view("\xF0\x9F\x98\x80")}) {
        for (std::size_t back = 0; back < sequence.size(); ++back) {
            CAPTURE(sequence);
            CAPTURE(back);
            std::string with = text;
            with.replace(middle - back, sequence.size(), sequence);
            CHECK(is_utf8(with));
            // Cut short by one byte on either side of the middle: invalid.
            std::string cut = with;
            cut[middle - back + sequence.size() - 1] = 'x';
            CHECK_FALSE(is_utf8(cut));
        }
    }
    // Continuation bytes alone at the middle, and a bad byte in either half.
    for (std::size_t run = 1; run <= 4; ++run) {
        std::string stray = text;
        stray.replace(middle - 2, run, std::string(run, '\x80'));
        CHECK_FALSE(is_utf8(stray));
    }
    for (std::size_t at : {std::size_t{0}, middle - 1, middle, text.size() - 1}) {
        std::string bad = text;
        bad[at] = '\xE5';
        CAPTURE(at);
        CHECK_FALSE(is_utf8(bad));
    }
}
