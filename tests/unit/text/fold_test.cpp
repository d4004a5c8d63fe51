#include <doctest/doctest.h>

#include "src/text/fold.hpp"

using namespace mk::text;

TEST_CASE("fold: case, punctuation, footnote marks and spaces are ignored") {
    CHECK(fold("  Status delår1* ") == "status delår1");
    CHECK(fold("Kommentarer till status**") == "kommentarer till status");
    CHECK(fold("NÄMNDMÅL") == "nämndmål");
    CHECK(fold("Ev. kommentar") == "ev kommentar");
    CHECK(fold("Likvärdiga möjligheter - Skolan är en mötesplats") == "likvärdiga möjligheter skolan är en mötesplats");
    CHECK(fold("a\n\tb") == "a b");
    CHECK(fold("") == "");
}

TEST_CASE("fold: decomposed å equals composed å") {
    CHECK(fold("Ma\xCC\x8Al") == fold("M\xC3\xA5l"));
}

TEST_CASE("tokens: words of the folded text") {
    CHECK(tokens("Förbättrade kunskapsresultat : Språkutveckling") ==
          std::vector<std::string>{"förbättrade", "kunskapsresultat", "språkutveckling"});
}

TEST_CASE("squeeze_spaces: keeps case and punctuation") {
    CHECK(squeeze_spaces("  Avviker   från\nplan. ") == "Avviker från plan.");
}

TEST_CASE("squeeze_spaces: other letters as written, Unicode spaces squeezed, a broken byte replaced") {
    CHECK(squeeze_spaces("Åtgärd\xC2\xA0\xE2\x80\x83 i 😀 Ελλάδα") == "Åtgärd i 😀 Ελλάδα");
    CHECK(squeeze_spaces("ny\xFFplan ") == "ny\xEF\xBF\xBDplan");
}

TEST_CASE("squeeze_spaces: text already squeezed is given back as it is, anything else squeezed") {
    CHECK(squeeze_spaces("Utveckla rutiner för frånvaro (§ 1)") == "Utveckla rutiner för frånvaro (§ 1)");
    CHECK(squeeze_spaces("") == "");
    CHECK(squeeze_spaces(" ") == "");
    CHECK(squeeze_spaces("a") == "a");
    CHECK(squeeze_spaces(" a") == "a");
    CHECK(squeeze_spaces("a ") == "a");
    CHECK(squeeze_spaces("a  b") == "a b");
    CHECK(squeeze_spaces("a\tb\rc\nd") == "a b c d");
    CHECK(squeeze_spaces("ö\xC2\xA0ä") == "ö ä");                       // no-break space
    CHECK(squeeze_spaces("\xC2\x85x") == "\xC2\x85x");                  // U+0085 is a control, not a space
    CHECK(squeeze_spaces("\xDF\xBF \xC2\x80") == "\xDF\xBF \xC2\x80");  // the ends of two bytes
    CHECK(squeeze_spaces("a\xC0\xAF"
                         "b") ==
          "a\xEF\xBF\xBD\xEF\xBF\xBD"
          "b");                                           // overlong
    CHECK(squeeze_spaces("å\xC3") == "å\xEF\xBF\xBD");    // cut short at the end
    CHECK(squeeze_spaces("\xC3 x") == "\xEF\xBF\xBD x");  // lead byte before a space
    CHECK(squeeze_spaces("x\xE2\x80\x83y") == "x y");     // em space, three bytes
}

TEST_CASE("first_after_spaces: the first code point squeeze_spaces gives") {
    CHECK(first_after_spaces("* Status delår") == U'*');
    CHECK(first_after_spaces(" \t\xC2\xA0\n*) fotnot") == U'*');
    CHECK(first_after_spaces("  Åtagande") == U'Å');
    CHECK(first_after_spaces(" \xFF*") == U'\uFFFD');
    CHECK(first_after_spaces(" \xE2\x80\x83 ") == 0);
    CHECK(first_after_spaces("") == 0);
}

TEST_CASE("starts_upper_case: the first letter after the spaces, in any alphabet") {
    CHECK(starts_upper_case("Trygg skola"));
    CHECK(starts_upper_case("  \xC3\x96kad l\xC3\xA4sf\xC3\xB6rm\xC3\xA5ga"));  // "Ökad läsförmåga"
    CHECK_FALSE(starts_upper_case("vad g\xC3\xB6r vi?"));
    CHECK_FALSE(starts_upper_case("\xC3\xA5rets siffra"));  // "årets siffra"
    CHECK_FALSE(starts_upper_case("2024"));
    CHECK_FALSE(starts_upper_case("? Vad"));
    CHECK_FALSE(starts_upper_case(" "));
    CHECK_FALSE(starts_upper_case(""));
}

TEST_CASE("surely_folds_longer_than: more ASCII letters and digits than the bytes given") {
    CHECK(surely_folds_longer_than("Status delår 2", 10));  // 11 ASCII letters and digits
    CHECK_FALSE(surely_folds_longer_than("Status delår 2", 11));
    CHECK_FALSE(surely_folds_longer_than("- - * (Summa): * - -", 5));  // punctuation is no letter
    CHECK_FALSE(surely_folds_longer_than("åäöÅÄÖéü", 3));              // other letters are not counted
    CHECK_FALSE(surely_folds_longer_than("", 0));
}

TEST_CASE("squeeze_spaces_keep_lines: lines squeezed one by one, empty lines at either end dropped") {
    CHECK(squeeze_spaces_keep_lines("\n  Mål  1 \n\nÅtgärd   två\n \n") == "Mål 1\n\nÅtgärd två");
}

TEST_CASE("edit_distance: counts code points, not bytes") {
    CHECK(edit_distance("Pågående", "Pågående") == 0);
    CHECK(edit_distance("Pågånde", "Pågående") == 1);
    CHECK(edit_distance("Kvarstår", "Kvarstar") == 1);
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("token_similarity: equal texts, prefixes and different wording") {
    CHECK(token_similarity("Eleverna ges en likvärdig skolgång.", "eleverna ges en LIKVÄRDIG skolgång") == 1.0);
    double prefix = token_similarity("Eleverna ges en likvärdig skolgång med hög kvalitet",
                                     "Eleverna ges en likvärdig skolgång.");
    CHECK(prefix > 0.7);
    CHECK(prefix < 1.0);
    CHECK(token_similarity("Grundskolenämnden har en ekonomi i balans", "Verksamheten bidrar till hållbar utveckling") <
          0.2);
    CHECK(token_similarity("", "") == 1.0);
    CHECK(token_similarity("a", "") == 0.0);
}

TEST_CASE("fold: the quick path gives what full normalization gives, code point by code point") {
    // Every code point of the Basic Multilingual Plane's first blocks alone, after a letter, and
    // before a combining ring (which composes with a, A and some Latin-1 letters).
    for (char32_t cp = 1; cp < 0x3000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string one;
        if (cp < 0x80) {
            one = std::string(1, static_cast<char>(cp));
        } else if (cp < 0x800) {
            one = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        } else {
            one = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                   static_cast<char>(0x80 | (cp & 0x3F))};
        }
        for (const std::string& text : {one, "A" + one + "b", one + "\xCC\x8A", "Ö " + one + " å"}) {
            INFO("code point " << static_cast<unsigned>(cp));
            CHECK(fold(text) == fold_with_normalization(text));
        }
    }
}

TEST_CASE("fold: invalid UTF-8 folds as with full normalization") {
    for (std::string text : {"a\xFF" "b", "\xC3", "\xE2\x80", "M\xC3\xA5l\x80"}) CHECK(fold(text) == fold_with_normalization(text));
}

TEST_CASE("is_blank: only white space") {
    CHECK(is_blank(""));
    CHECK(is_blank(" \t\r\n\xC2\xA0\xE2\x80\xA8"));
    CHECK_FALSE(is_blank(" . "));
    CHECK_FALSE(is_blank("\xFF"));
}

TEST_CASE("symbol_prefix: the symbols at the start, white space between them included") {
    CHECK(symbol_prefix("● Klart") == 3);
    CHECK(symbol_prefix("  ●◐ Pågår") == 8);
    CHECK(symbol_prefix("● ") == 3);
    CHECK(symbol_prefix("Klart ●") == 0);
    CHECK(symbol_prefix("✓") == 3);
    CHECK(symbol_prefix("▲■✗") == 9);
    // Arrows, ASCII signs, dashes and invalid bytes are no symbols.
    CHECK(symbol_prefix("→ Klart") == 0);
    CHECK(symbol_prefix("= Klart") == 0);
    CHECK(symbol_prefix("– Klart") == 0);
    CHECK(symbol_prefix("\xA5r") == 0);
    CHECK(symbol_prefix("") == 0);
}

TEST_CASE("surely_folds_longer_than: counted over blocks, the edge falls anywhere in a long text") {
    std::string text;
    for (int i = 0; i < 300; ++i) text += i % 3 == 0 ? "å " : "a-";
    std::size_t letters = 200;  // the ASCII letters of text
    for (std::size_t bytes : {0, 63, 64, 65, 127, 199}) CHECK(surely_folds_longer_than(text, bytes));
    CHECK_FALSE(surely_folds_longer_than(text, letters));
    CHECK_FALSE(surely_folds_longer_than(text, 1000));
    CHECK_FALSE(surely_folds_longer_than("", 0));
}
