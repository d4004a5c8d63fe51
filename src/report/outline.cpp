#include "src/report/outline.hpp"

#include <algorithm>
#include <set>

namespace mk::report {

chain_index::chain_index(const model::document& doc) : depth_limit_(doc.goals.size()) {
    for (const model::goal& g : doc.goals) by_id_.emplace(g.id, &g);
}

const model::goal* chain_index::find(const std::string& id) const {
    auto found = by_id_.find(id);
    return found == by_id_.end() ? nullptr : found->second;
}

const model::goal* chain_index::parent(const model::goal& g) const { return g.parent ? find(g.parent->target) : nullptr; }

placement chain_index::place_of(const model::goal& g) const {
    placement place;
    if (g.level != model::level::kf) place.goal = &g;
    const model::goal* at = &g;
    for (std::size_t steps = 0; at && steps <= depth_limit_; ++steps, at = parent(*at)) {
        if (at->level == model::level::kf) {
            place.kf = at;
            break;
        }
    }
    return place;
}

placement chain_index::place_of(const model::activity& a) const {
    const model::goal* g = a.goal ? find(a.goal->target) : nullptr;
    return g ? place_of(*g) : placement{};
}

std::vector<const model::goal*> chain_index::goals_above(const model::activity& a) const {
    std::vector<const model::goal*> out;
    const model::goal* at = a.goal ? find(a.goal->target) : nullptr;
    for (std::size_t steps = 0; at && steps <= depth_limit_; ++steps, at = parent(*at)) out.push_back(at);
    return out;
}

std::vector<outline_row> detail_rows(const model::document& doc, const chain_index& index) {
    std::map<const model::goal*, std::size_t> position;
    for (std::size_t i = 0; i < doc.goals.size(); ++i) position.emplace(&doc.goals[i], i);
    std::set<const model::goal*> shown;
    std::set<const model::goal*> own_rows;
    std::vector<outline_row> rows;
    auto add = [&](placement place, const model::activity* a) {
        const model::goal* g = place.goal ? place.goal : place.kf;
        std::size_t own_rows_needed = !a && g ? std::max<std::size_t>(1, g->indicators.size()) : 1;
        for (std::size_t i = 0; i < own_rows_needed; ++i) rows.push_back({place, a, i});
        shown.insert(place.kf);
        shown.insert(place.goal);
        if (!a) own_rows.insert(place.goal);
    };
    // A nämndmål with kept fields or indicators of its own shows them on a row of its own, before its
    // first activity's, as the follow-up it came from held them.
    auto needs_own_row = [&](const model::goal* g) {
        return g && !own_rows.contains(g) && (!g->extras.empty() || !g->indicators.empty());
    };
    auto missing = [&](const model::goal* g) { return g && !shown.contains(g); };
    for (const model::activity& a : doc.activities) {
        placement place = index.place_of(a);
        // Goals listed before this activity's own new goals get rows of their own first.
        for (;;) {
            std::size_t first_new = doc.goals.size();
            for (const model::goal* g : {place.kf, place.goal})
                if (missing(g)) first_new = std::min(first_new, position.at(g));
            if (first_new == doc.goals.size()) break;
            auto earlier = std::find_if(doc.goals.begin(), doc.goals.begin() + static_cast<std::ptrdiff_t>(first_new),
                                        [&](const model::goal& g) { return missing(&g); });
            if (earlier == doc.goals.begin() + static_cast<std::ptrdiff_t>(first_new)) break;
            add(index.place_of(*earlier), nullptr);
        }
        if (needs_own_row(place.goal)) add(index.place_of(*place.goal), nullptr);
        add(place, &a);
    }
    for (const model::goal& g : doc.goals)
        if (missing(&g)) add(index.place_of(g), nullptr);
    return rows;
}

const model::status_report* latest_status(const model::activity& a) {
    for (auto it = a.statuses.rbegin(); it != a.statuses.rend(); ++it)
        if (!it->word.empty()) return &*it;
    return nullptr;
}

std::string goal_text(const model::goal& g) {
    if (!g.text.empty()) return g.text;
    return g.description.empty() ? g.name : g.name + " - " + g.description;
}

std::string planned_text(const model::activity& a) {
    if (!a.planned) return {};
    if (!a.planned->text.empty()) return a.planned->text;
    return a.planned->quarter ? "Q" + std::to_string(*a.planned->quarter) : a.planned->date;
}

std::string comment_text(const model::activity& a) {
    std::size_t commented = 0;
    for (const model::status_report& r : a.statuses) commented += r.comment.empty() ? 0 : 1;
    std::string out;
    for (const model::status_report& r : a.statuses) {
        if (r.comment.empty()) continue;
        out += out.empty() ? "" : "\n";
        // Comments of several checkpoints in one column each say whose they are.
        if (commented > 1 && !r.label.empty()) out += r.label + ": ";
        out += r.comment;
    }
    return out;
}

}  // namespace mk::report
