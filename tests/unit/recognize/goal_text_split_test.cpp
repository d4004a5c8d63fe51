// Goal texts split into a short name and a description at the first line break, " - ", " – " or
// " : "; a hyphen, colon or dash without a space on both sides is part of the text.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

#include "src/recognize/goal_text.hpp"

using mk::recognize::split_goal_text;

namespace {

struct split_case {
    const char* text;
    const char* name;
    const char* description;
};

void check_cases(std::initializer_list<split_case> cases) {
    for (const split_case& c : cases) {
        CAPTURE(c.text);
        auto split = split_goal_text(c.text);
        CHECK(split.name == std::string(c.name));
        CHECK(split.description == std::string(c.description));
    }
}

}  // namespace

TEST_CASE("goal text splitting: name and description at a separator with spaces around it") {
    check_cases({
        {"Likvärdiga möjligheter - Skolan är en mötesplats", "Likvärdiga möjligheter", "Skolan är en mötesplats"},
        {"Likvärdiga möjligheter \xE2\x80\x93 Skolan är en mötesplats", "Likvärdiga möjligheter",
         "Skolan är en mötesplats"},
        {"Förbättrade kunskapsresultat : Språkutveckling", "Förbättrade kunskapsresultat", "Språkutveckling"},
        {"  Trygghet   -   Alla  elever känner sig trygga ", "Trygghet", "Alla elever känner sig trygga"},
    });
}

TEST_CASE("goal text splitting: at the first line break, the rest's line breaks squeezed") {
    check_cases({
        {"Ekonomi i balans\nNämnden håller sin budget", "Ekonomi i balans", "Nämnden håller sin budget"},
        {"Ekonomi i balans\r\nNämnden håller sin budget", "Ekonomi i balans", "Nämnden håller sin budget"},
        {"Ekonomi\ni balans\nNämnden håller sin budget", "Ekonomi", "i balans Nämnden håller sin budget"},
        {"Ekonomi i balans \n  Nämnden håller sin budget  ", "Ekonomi i balans", "Nämnden håller sin budget"},
    });
}

TEST_CASE("goal text splitting: the first separator wins, the later ones stay in the description") {
    check_cases({
        {"Trygghet - Studiero : alla lektioner", "Trygghet", "Studiero : alla lektioner"},
        {"Trygghet : Studiero - alla lektioner", "Trygghet", "Studiero - alla lektioner"},
        {"Trygghet - Studiero\nalla lektioner", "Trygghet", "Studiero alla lektioner"},
        {"Trygghet\nStudiero - alla lektioner", "Trygghet", "Studiero - alla lektioner"},
    });
}

TEST_CASE("goal text splitting: no separator, the whole text is the name") {
    check_cases({
        {"Fler elever ska ta gymnasieexamen inom 3 år", "Fler elever ska ta gymnasieexamen inom 3 år", ""},
        {"  Fler   elever  ", "Fler elever", ""},
        {"", "", ""},
    });
}

TEST_CASE("goal text splitting: hyphens, colons and dashes inside words or without spaces do not split") {
    check_cases({
        {"Hälso- och sjukvård för elever", "Hälso- och sjukvård för elever", ""},
        {"Skol-IT för alla", "Skol-IT för alla", ""},
        {"Mål: fler i jobb", "Mål: fler i jobb", ""},
        {"Möten kl. 10:30 varje vecka", "Möten kl. 10:30 varje vecka", ""},
        {"Trygghet-studiero", "Trygghet-studiero", ""},
        {"Trygghet\xE2\x80\x93studiero", "Trygghet\xE2\x80\x93studiero", ""},
        {"Trygghet -studiero", "Trygghet -studiero", ""},
        {"Trygghet- studiero", "Trygghet- studiero", ""},
        // The em dash is not one of the separators, with spaces or without.
        {"Trygghet \xE2\x80\x94 studiero", "Trygghet \xE2\x80\x94 studiero", ""},
    });
}
