#include "src/check/targets.hpp"

namespace mk::check {

const model::outcome* current_outcome(const model::indicator& i) {
    for (auto it = i.outcomes.rbegin(); it != i.outcomes.rend(); ++it)
        if (!it->previous_year) return &*it;
    return nullptr;
}

std::optional<bool> meets(const model::indicator_value& target, const model::indicator_value& outcome) {
    auto is_number = [](const model::indicator_value& v) {
        return v.number && (v.kind == model::value_kind::number || v.kind == model::value_kind::percent);
    };
    if (!is_number(target) || !is_number(outcome)) return std::nullopt;
    double goal = *target.number;
    double value = *outcome.number;
    switch (target.compare) {
        case model::comparison::above: return value > goal;
        case model::comparison::at_most: return value <= goal;
        case model::comparison::below: return value < goal;
        default: return value >= goal;
    }
}

std::optional<bool> target_met(const model::indicator& i) {
    const model::outcome* now = current_outcome(i);
    return now ? meets(i.target, now->value) : std::nullopt;
}

void for_each_indicator(
    const model::document& doc,
    const std::function<void(const model::indicator&, const std::string& id, const std::string& text)>& visit) {
    for (const model::goal& g : doc.goals)
        for (const model::indicator& i : g.indicators) visit(i, g.id, g.text);
    for (const model::activity& a : doc.activities)
        for (const model::indicator& i : a.indicators) visit(i, a.id, a.text);
}

}  // namespace mk::check
