// Linking a goal text to the chain: exact after folding, a guess at and above link_threshold, none
// just below it. The texts are chosen so that their scores sit on either side of the threshold: a
// change of the threshold either way fails one of these cases.
#include <doctest/doctest.h>

#include <vector>

#include "src/recognize/goal_match.hpp"
#include "src/text/fold.hpp"

using mk::recognize::link_threshold;
using mk::recognize::match_goal;

namespace {

mk::model::goal goal_of(std::string text) {
    mk::model::goal g;
    g.text = std::move(text);
    return g;
}

const std::vector<mk::model::goal> chain{goal_of("Skolan erbjuder varierad undervisning inom idrott"),
                                         goal_of("Eleverna läser mycket skönlitteratur")};

}  // namespace

TEST_CASE("goal matching: a text equal after folding case and spaces is an exact link") {
    auto m = match_goal("  ELEVERNA läser   mycket Skönlitteratur ", chain);
    REQUIRE(m);
    CHECK(m->goal == &chain[1]);
    CHECK(m->kind == mk::model::link_kind::exact);
    CHECK(m->score == 1.0);
}

TEST_CASE("goal matching: guesses at, just above and just below the link threshold") {
    struct case_ {
        const char* text;
        double score;  // 2 × common words / all words (Sørensen–Dice)
        const mk::model::goal* linked;
    };
    const case_ cases[] = {
        // 3 of 4 words each: 6/8, exactly the threshold: linked.
        {"Eleverna läser mycket matematik", 0.75, &chain[1]},
        // 3 words, all in the goal's 4: 6/7.
        {"Eleverna läser skönlitteratur", 6.0 / 7, &chain[1]},
        // 4 words of 5 in the goal's 6: 8/11, just below: not linked.
        {"Skolan erbjuder varierad undervisning utomhus", 8.0 / 11, nullptr},
        // One word misspelt within a fifth of its length still counts: 12/12.
        {"Skolan erbjuder varierad undervisnig inom idrott", 1.0, &chain[0]},
    };
    CHECK(link_threshold > 8.0 / 11);
    CHECK(link_threshold <= 0.75);
    for (const case_& c : cases) {
        CAPTURE(c.text);
        auto nearest = mk::recognize::nearest_goal(c.text, chain);
        REQUIRE(nearest);
        CHECK(nearest->score == doctest::Approx(c.score));
        auto m = match_goal(c.text, chain);
        CHECK((m ? m->goal : nullptr) == c.linked);
        if (m) CHECK(m->kind == mk::model::link_kind::guess);
    }
}
