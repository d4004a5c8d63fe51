// Exact goal links: equal after folding case, white space, punctuation and Unicode composition, to a
// goal's whole text, short name or description. Texts that differ in a word, a letter's accent or
// the order of their words are no exact link (goal_match_test.cpp covers the fuzzy threshold).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "src/recognize/goal_match.hpp"

using mk::model::link_kind;
using mk::recognize::match_goal;
using mk::recognize::nearest_goal;

namespace {

mk::model::goal goal_of(std::string text, std::string name = "", std::string description = "") {
    mk::model::goal g;
    g.text = std::move(text);
    g.name = std::move(name);
    g.description = std::move(description);
    return g;
}

// "på" with its å decomposed (a and a combining ring above, NFD).
const std::string decomposed_pa = "pa\xCC\x8A";

const std::vector<mk::model::goal> chain{
    goal_of("Likvärdiga möjligheter - Skolan är en mötesplats", "Likvärdiga möjligheter", "Skolan är en mötesplats"),
    goal_of("Trygghet och studiero " + decomposed_pa + " skolgården"),
    goal_of("Ekonomi i balans\nNämnden håller sin budget", "Ekonomi i balans", "Nämnden håller sin budget"),
};

}  // namespace

TEST_CASE("exact goal match: equal after folding case, white space, punctuation and composition") {
    struct exact_case {
        std::string text;
        const mk::model::goal* goal;
    };
    const exact_case cases[] = {
        // Case.
        {"LIKVÄRDIGA MÖJLIGHETER - SKOLAN ÄR EN MÖTESPLATS", &chain[0]},
        {"likvärdiga möjligheter - skolan är en mötesplats", &chain[0]},
        // White space: runs, tabs, line breaks, a no-break space, at the ends.
        {"  Likvärdiga   möjligheter -\tSkolan är en\nmötesplats ", &chain[0]},
        {"Likvärdiga\xC2\xA0möjligheter - Skolan är en mötesplats", &chain[0]},
        {"Ekonomi i balans Nämnden håller sin budget", &chain[2]},
        // Punctuation: another separator, a full stop, quotes, brackets.
        {"Likvärdiga möjligheter: Skolan är en mötesplats.", &chain[0]},
        {"Likvärdiga möjligheter \xE2\x80\x93 Skolan är en mötesplats", &chain[0]},
        {"\xE2\x80\x9CTrygghet och studiero p\xC3\xA5 skolg\xC3\xA5rden\xE2\x80\x9D", &chain[1]},
        {"(Ekonomi i balans) Nämnden håller sin budget!", &chain[2]},
        // Composition: the goal is written decomposed, the text composed, and the other way round.
        {"Trygghet och studiero p\xC3\xA5 skolg\xC3\xA5rden", &chain[1]},
        {"Trygghet och studiero " + decomposed_pa + " skolga\xCC\x8Arden", &chain[1]},
        {"Likva\xCC\x88rdiga mo\xCC\x88jligheter - Skolan a\xCC\x88r en mo\xCC\x88tesplats", &chain[0]},
        // The short name alone, the description alone.
        {"likvärdiga möjligheter", &chain[0]},
        {"Skolan är en mötesplats.", &chain[0]},
        {"EKONOMI I BALANS", &chain[2]},
        {"Nämnden håller sin budget", &chain[2]},
    };
    for (const exact_case& c : cases) {
        CAPTURE(c.text);
        auto m = match_goal(c.text, chain);
        REQUIRE(m);
        CHECK(m->goal == c.goal);
        CHECK(m->kind == link_kind::exact);
        CHECK(m->score == 1.0);
    }
}

TEST_CASE("exact goal match: a text that differs in one word, an accent or its word order is not exact") {
    for (const char* text : {
             // One word changed, left out or added.
             "Trygghet och arbetsro på skolgården",
             "Trygghet studiero på skolgården",
             "Trygghet och studiero på hela skolgården",
             // å and a, ä and a are different letters.
             "Trygghet och studiero pa skolgarden",
             "Likvardiga mojligheter",
             // The same words in another order.
             "Studiero och trygghet på skolgården",
         }) {
        CAPTURE(text);
        auto nearest = nearest_goal(text, chain);
        REQUIRE(nearest);
        CHECK(nearest->kind == link_kind::guess);
        auto m = match_goal(text, chain);
        if (m) CHECK(m->kind == link_kind::guess);
    }
}

TEST_CASE("exact goal match: an exact goal wins over an earlier guess as good as exact") {
    const std::vector<mk::model::goal> two{goal_of("Studiero och trygghet"), goal_of("Trygghet och studiero")};
    auto m = match_goal("trygghet, och studiero", two);
    REQUIRE(m);
    CHECK(m->goal == &two[1]);
    CHECK(m->kind == link_kind::exact);
    auto swapped = nearest_goal("Studiero och trygghet", std::vector{two[1]});
    REQUIRE(swapped);
    CHECK(swapped->kind == link_kind::guess);
    CHECK(swapped->score == 1.0);
}
