#include <nlohmann/json.hpp>

#include "src/diff/write.hpp"
#include "src/model/names.hpp"

namespace mk::diff {
namespace {

using json = nlohmann::ordered_json;

json goal_json(const std::optional<goal_side>& g) {
    if (!g) return nullptr;
    return {{"id", g->id}, {"text", g->text}, {"parent", g->parent.empty() ? json(nullptr) : json(g->parent)}};
}

json activity_json(const std::optional<activity_side>& a) {
    if (!a) return nullptr;
    return {{"id", a->id},
            {"text", a->text},
            {"unit", a->unit.empty() ? json(nullptr) : json(a->unit)},
            {"goal", a->goal.empty() ? json(nullptr) : json(a->goal)},
            {"status", a->status ? json(model::name_of(*a->status)) : json(nullptr)},
            {"status_word", a->status ? json(a->status_word) : json(nullptr)}};
}

json indicator_json(const std::optional<indicator_side>& i) {
    if (!i) return nullptr;
    return {{"target", i->target}, {"outcome", i->outcome}, {"outcome_label", i->outcome_label}};
}

// What became of an entry that is in both years or one: "kept", "changed", "dropped", "new".
template <class D>
std::string fate(const D& d) {
    return !d.after ? "dropped" : !d.before ? "new" : d.changed() ? "changed" : "kept";
}

}  // namespace

std::string changes_json(const changes& found, const sides& names) {
    json goals = json::array();
    for (const goal_diff& d : found.goals)
        goals.push_back({{"level", model::name_of(d.level)},
                         {"change", fate(d)},
                         {"reworded", d.reworded},
                         {"score", d.score ? json(*d.score) : json(nullptr)},
                         {"moved", d.moved},
                         {"before", goal_json(d.before)},
                         {"after", goal_json(d.after)}});
    json activities = json::array();
    for (const activity_diff& d : found.activities)
        activities.push_back({{"change", fate(d)},
                              {"moved", d.moved},
                              {"status_changed", d.status_changed},
                              {"before", activity_json(d.before)},
                              {"after", activity_json(d.after)}});
    json indicators = json::array();
    for (const indicator_diff& d : found.indicators)
        indicators.push_back({{"name", d.name},
                              {"owner", d.owner},
                              {"change", fate(d)},
                              {"before", indicator_json(d.before)},
                              {"after", indicator_json(d.after)}});
    json out = {{"before", names.before}, {"after", names.after},     {"changes", found.count()},
                {"goals", goals},         {"activities", activities}, {"indicators", indicators}};
    return out.dump(2) + '\n';
}

}  // namespace mk::diff
