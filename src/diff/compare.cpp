#include <algorithm>
#include <map>
#include <span>
#include <tuple>

#include "src/check/targets.hpp"
#include "src/diff/changes.hpp"
#include "src/recognize/goal_match.hpp"
#include "src/report/outline.hpp"
#include "src/text/fold.hpp"

namespace mk::diff {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// pairs[i] is the index in after of before's element i, or none.
using pairing = std::vector<std::size_t>;

// The key of the earlier year's element that has no counterpart: apart from every later id.
std::string before_key(const std::string& id) { return "-" + id; }

std::string one_line(const std::string& text) { return text::squeeze_spaces(text); }

pairing pair_goals(const std::vector<model::goal>& before, const std::vector<model::goal>& after,
                   std::vector<std::optional<double>>& fuzzy) {
    pairing pairs(before.size(), none);
    std::vector<bool> taken(after.size(), false);
    fuzzy.assign(before.size(), std::nullopt);
    std::map<std::pair<model::level, std::string>, std::vector<std::size_t>> after_by_text;
    for (std::size_t j = 0; j < after.size(); ++j)
        after_by_text[{after[j].level, text::fold(report::goal_text(after[j]))}].push_back(j);
    for (std::size_t i = 0; i < before.size(); ++i) {
        auto same = after_by_text.find({before[i].level, text::fold(report::goal_text(before[i]))});
        if (same == after_by_text.end()) continue;
        for (std::size_t j : same->second) {
            if (taken[j]) continue;
            pairs[i] = j;
            taken[j] = true;
            break;
        }
    }
    std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (pairs[i] != none) continue;
        for (std::size_t j = 0; j < after.size(); ++j) {
            if (taken[j] || after[j].level != before[i].level) continue;
            auto match = recognize::match_goal(report::goal_text(before[i]), std::span(&after[j], 1));
            if (match) candidates.emplace_back(match->score, i, j);
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    for (const auto& [score, i, j] : candidates) {
        if (pairs[i] != none || taken[j]) continue;
        pairs[i] = j;
        taken[j] = true;
        fuzzy[i] = score;
    }
    return pairs;
}

// The goals of doc by id.
std::map<std::string, const model::goal*> goals_by_id(const model::document& doc) {
    std::map<std::string, const model::goal*> out;
    for (const model::goal& g : doc.goals) out.emplace(g.id, &g);
    return out;
}

std::string text_of(const std::map<std::string, const model::goal*>& goals, const std::optional<model::link>& l) {
    if (!l) return {};
    auto it = goals.find(l->target);
    return it == goals.end() ? std::string{} : one_line(report::goal_text(*it->second));
}

std::string target_of(const std::optional<model::link>& l) { return l ? l->target : std::string{}; }

activity_side side_of(const model::activity& a, const std::map<std::string, const model::goal*>& goals) {
    activity_side side{a.id, one_line(a.text), a.unit, text_of(goals, a.goal), std::nullopt, {}};
    if (const model::status_report* latest = report::latest_status(a)) {
        side.status = latest->value;
        side.status_word = latest->word;
    }
    return side;
}

std::string activity_key(const model::activity& a) { return text::fold(a.text) + '\x1f' + a.unit; }

indicator_side indicator_of(const model::indicator& i) {
    indicator_side side{i.target.text, {}, {}};
    if (const model::outcome* o = check::current_outcome(i)) {
        side.outcome = o->value.text;
        side.outcome_label = o->label;
    }
    return side;
}

// The indicators of one owner in both years, paired by name after folding.
void compare_indicators(const std::vector<model::indicator>* before, const std::vector<model::indicator>* after,
                        const std::string& owner, std::vector<indicator_diff>& out) {
    static const std::vector<model::indicator> empty;
    const auto& old_list = before ? *before : empty;
    const auto& new_list = after ? *after : empty;
    std::vector<bool> used(old_list.size(), false);
    for (const model::indicator& now : new_list) {
        indicator_diff d{one_line(now.name), owner, std::nullopt, indicator_of(now)};
        for (std::size_t k = 0; k < old_list.size(); ++k) {
            if (used[k] || text::fold(old_list[k].name) != text::fold(now.name)) continue;
            used[k] = true;
            d.before = indicator_of(old_list[k]);
            break;
        }
        out.push_back(std::move(d));
    }
    for (std::size_t k = 0; k < old_list.size(); ++k)
        if (!used[k]) out.push_back({one_line(old_list[k].name), owner, indicator_of(old_list[k]), std::nullopt});
}

}  // namespace

std::size_t changes::count() const {
    auto changed = [](const auto& list) {
        return static_cast<std::size_t>(
            std::count_if(list.begin(), list.end(), [](const auto& d) { return d.changed(); }));
    };
    return changed(goals) + changed(activities) + changed(indicators);
}

changes compare(const model::document& before, const model::document& after) {
    changes out;
    auto old_goals = goals_by_id(before);
    auto new_goals = goals_by_id(after);

    std::vector<std::optional<double>> fuzzy;
    pairing goal_pairs = pair_goals(before.goals, after.goals, fuzzy);
    // The key each earlier goal has in the trees side by side: its counterpart's id, else its own.
    std::map<std::string, std::string> key_of;
    std::vector<std::size_t> counterpart(after.goals.size(), none);
    for (std::size_t i = 0; i < before.goals.size(); ++i) {
        key_of[before.goals[i].id] =
            goal_pairs[i] == none ? before_key(before.goals[i].id) : after.goals[goal_pairs[i]].id;
        if (goal_pairs[i] != none) counterpart[goal_pairs[i]] = i;
    }
    auto mapped = [&](const std::string& before_id) {
        auto it = key_of.find(before_id);
        return it == key_of.end() ? std::string{} : it->second;
    };

    for (std::size_t j = 0; j < after.goals.size(); ++j) {
        const model::goal& now = after.goals[j];
        goal_diff d;
        d.level = now.level;
        d.after = goal_side{now.id, one_line(report::goal_text(now)), text_of(new_goals, now.parent)};
        d.key = now.id;
        d.anchor = target_of(now.parent);
        if (std::size_t i = counterpart[j]; i != none) {
            const model::goal& old = before.goals[i];
            d.before = goal_side{old.id, one_line(report::goal_text(old)), text_of(old_goals, old.parent)};
            d.reworded = fuzzy[i].has_value();
            d.score = fuzzy[i];
            d.moved = mapped(target_of(old.parent)) != target_of(now.parent);
        }
        out.goals.push_back(std::move(d));
    }
    for (std::size_t i = 0; i < before.goals.size(); ++i) {
        if (goal_pairs[i] != none) continue;
        const model::goal& old = before.goals[i];
        goal_diff d;
        d.level = old.level;
        d.before = goal_side{old.id, one_line(report::goal_text(old)), text_of(old_goals, old.parent)};
        d.key = before_key(old.id);
        d.anchor = mapped(target_of(old.parent));
        out.goals.push_back(std::move(d));
    }

    // Activities: the same text and unit under the goal its goal became first, then anywhere.
    std::vector<std::size_t> activity_counterpart(after.activities.size(), none);
    std::vector<bool> old_taken(before.activities.size(), false);
    std::map<std::string, std::vector<std::size_t>> before_by_key;
    for (std::size_t i = 0; i < before.activities.size(); ++i)
        before_by_key[activity_key(before.activities[i])].push_back(i);
    for (bool same_goal : {true, false}) {
        for (std::size_t j = 0; j < after.activities.size(); ++j) {
            if (activity_counterpart[j] != none) continue;
            const model::activity& now = after.activities[j];
            auto same = before_by_key.find(activity_key(now));
            if (same == before_by_key.end()) continue;
            for (std::size_t i : same->second) {
                const model::activity& old = before.activities[i];
                if (old_taken[i]) continue;
                if (same_goal && mapped(target_of(old.goal)) != target_of(now.goal)) continue;
                activity_counterpart[j] = i;
                old_taken[i] = true;
                break;
            }
        }
    }
    for (std::size_t j = 0; j < after.activities.size(); ++j) {
        const model::activity& now = after.activities[j];
        activity_diff d;
        d.after = side_of(now, new_goals);
        d.key = now.id;
        d.anchor = target_of(now.goal);
        if (std::size_t i = activity_counterpart[j]; i != none) {
            const model::activity& old = before.activities[i];
            d.before = side_of(old, old_goals);
            d.moved = mapped(target_of(old.goal)) != target_of(now.goal);
            d.status_changed = d.before->status && d.after->status && *d.before->status != *d.after->status;
            compare_indicators(&old.indicators, &now.indicators, d.after->text, out.indicators);
        } else {
            compare_indicators(nullptr, &now.indicators, d.after->text, out.indicators);
        }
        out.activities.push_back(std::move(d));
    }
    for (std::size_t i = 0; i < before.activities.size(); ++i) {
        if (old_taken[i]) continue;
        const model::activity& old = before.activities[i];
        activity_diff d;
        d.before = side_of(old, old_goals);
        d.key = before_key(old.id);
        d.anchor = mapped(target_of(old.goal));
        compare_indicators(&old.indicators, nullptr, d.before->text, out.indicators);
        out.activities.push_back(std::move(d));
    }

    // Goals' indicators go first, as check::for_each_indicator lists them.
    std::vector<indicator_diff> goal_indicators;
    for (std::size_t j = 0; j < after.goals.size(); ++j) {
        const model::goal& now = after.goals[j];
        std::size_t i = counterpart[j];
        compare_indicators(i == none ? nullptr : &before.goals[i].indicators, &now.indicators,
                           one_line(report::goal_text(now)), goal_indicators);
    }
    for (std::size_t i = 0; i < before.goals.size(); ++i)
        if (goal_pairs[i] == none)
            compare_indicators(&before.goals[i].indicators, nullptr, one_line(report::goal_text(before.goals[i])),
                               goal_indicators);
    out.indicators.insert(out.indicators.begin(), goal_indicators.begin(), goal_indicators.end());
    return out;
}

}  // namespace mk::diff
