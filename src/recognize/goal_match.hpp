#pragma once
// Matching a goal text against the goals of a chain: exact after folding, else fuzzy by words.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "src/model/chain.hpp"

namespace mk::recognize {

// Texts at least this similar (text::token_similarity) are linked as a guess.
inline constexpr double link_threshold = 0.75;
// Texts at least this similar are offered as "the nearest goal" when they are not linked.
inline constexpr double suggest_threshold = 0.4;

struct goal_match {
    const model::goal* goal = nullptr;
    // exact: equal after text::fold (of the whole text, the short name, or name and description);
    // guess: the best token similarity, at least link_threshold.
    model::link_kind kind = model::link_kind::exact;
    double score = 0;
};

// The chain goal that text names (exact, or a guess of at least link_threshold), if any; among
// equally good ones, the first.
std::optional<goal_match> match_goal(std::string_view text, std::span<const model::goal> chain);

// The most similar chain goal whatever its score (nullopt for an empty chain).
std::optional<goal_match> nearest_goal(std::string_view text, std::span<const model::goal> chain);

}  // namespace mk::recognize
