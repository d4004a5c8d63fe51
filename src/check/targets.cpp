#include "src/check/targets.hpp"

namespace mk::check {
namespace {

// A plain number from 0 to 1 judged against a percentage above 1 is a share: 0,85 against "≥ 80 %"
// is 85 %, as in a .csv, which carries no percent format.
double as_percent_if_share(double number, model::value_kind kind, const model::indicator_value& other) {
    bool share = kind == model::value_kind::number && number >= 0 && number <= 1;
    return share && other.kind == model::value_kind::percent && *other.number > 1 ? number * 100 : number;
}

}  // namespace

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
    double goal = as_percent_if_share(*target.number, target.kind, outcome);
    double value = as_percent_if_share(*outcome.number, outcome.kind, target);
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
