#include "src/recognize/goal_match.hpp"

#include <algorithm>
#include <string>

#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

// The ways a goal may be written: its whole text, its short name, its description.
std::vector<std::string> spellings(const model::goal& g) {
    std::vector<std::string> out;
    for (const std::string* s : {&g.text, &g.name, &g.description})
        if (!s->empty()) out.push_back(*s);
    return out;
}

goal_match score(std::string_view text, const model::goal& g) {
    std::string folded = text::fold(text);
    goal_match best{&g, model::link_kind::guess, 0};
    for (const std::string& spelling : spellings(g)) {
        if (text::fold(spelling) == folded) return {&g, model::link_kind::exact, 1.0};
        best.score = std::max(best.score, text::token_similarity(text, spelling));
    }
    return best;
}

}  // namespace

std::optional<goal_match> nearest_goal(std::string_view text, std::span<const model::goal> chain) {
    std::optional<goal_match> best;
    for (const model::goal& g : chain) {
        goal_match m = score(text, g);
        if (m.kind == model::link_kind::exact) return m;
        if (!best || m.score > best->score) best = m;
    }
    return best;
}

std::optional<goal_match> match_goal(std::string_view text, std::span<const model::goal> chain) {
    auto best = nearest_goal(text, chain);
    if (!best || (best->kind != model::link_kind::exact && best->score < link_threshold)) return std::nullopt;
    return best;
}

}  // namespace mk::recognize
