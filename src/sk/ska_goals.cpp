#include "src/sk/ska_goals.hpp"

#include <string>

namespace mk::sk {
namespace {

std::string goal_text(const model::goal& goal) { return goal.text.empty() ? goal.name : goal.text; }

}  // namespace

std::vector<merged_group> ska_goals_of_chain(const model::document& chain) {
    std::vector<merged_group> groups;
    merged_group loose;
    for (const auto& goal : chain.goals) {
        if (goal.level == model::level::kf) {
            merged_group group{goal_text(goal), {}};
            for (const auto& below : chain.goals)
                if (below.level == model::level::namnd && below.parent && below.parent->target == goal.id)
                    group.below.push_back(goal_text(below));
            if (!group.below.empty()) groups.push_back(std::move(group));
        } else if (goal.level == model::level::namnd && !goal.parent) {
            loose.below.push_back(goal_text(goal));
        }
    }
    if (!loose.below.empty()) groups.push_back(std::move(loose));
    return groups;
}

}  // namespace mk::sk
