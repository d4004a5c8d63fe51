#include "src/recognize/totals_row.hpp"

#include <doctest/doctest.h>

using mk::recognize::is_totals_word;

TEST_CASE("totals word: each word in any case, with punctuation and spaces around it") {
    for (const char* word : {"Summa", "TOTALT", "total", "Antal:", " medel ", "Medelvärde", "Genomsnitt", "(snitt)"})
        CHECK(is_totals_word(word));
    CHECK(is_totals_word("Medelva\xCC\x88rde"));  // ä written as a and a combining diaeresis
}

TEST_CASE("totals word: a longer text, or another word, is none") {
    CHECK_FALSE(is_totals_word("Summan"));
    CHECK_FALSE(is_totals_word("Summa kostnader"));
    CHECK_FALSE(is_totals_word("Medelvärdet"));
    CHECK_FALSE(is_totals_word("Utveckla rutiner för frånvaro i förskolan (§ 1)"));
    CHECK_FALSE(is_totals_word(""));
}
