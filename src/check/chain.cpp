// Goals and their links: MK001, MK002, MK003, MK008.
#include <map>
#include <set>
#include <unordered_map>

#include "src/check/families.hpp"
#include "src/recognize/goal_match.hpp"
#include "src/text/fold.hpp"

namespace mk::check {
namespace {

const model::goal* find_goal(const model::document& doc, const std::string& id) {
    for (const model::goal& g : doc.goals)
        if (g.id == id) return &g;
    return nullptr;
}

std::string percent(double score) { return std::to_string(static_cast<int>(score * 100 + 0.5)) + " %"; }

}  // namespace

void check_goals_in_chain(const context& ctx, findings& out) {
    if (!ctx.chain) return;
    std::map<std::string, int> activities_per_goal;
    std::vector<std::string> order;
    for (const model::activity& a : ctx.doc.activities) {
        if (!a.goal) continue;
        if (activities_per_goal[a.goal->target]++ == 0) order.push_back(a.goal->target);
    }
    for (const std::string& id : order) {
        const model::goal* g = find_goal(ctx.doc, id);
        if (!g) continue;
        std::string text = g->text.empty() ? g->name : g->text;
        if (recognize::match_goal(text, ctx.chain->goals)) continue;
        auto nearest = recognize::nearest_goal(text, ctx.chain->goals);
        message suggestion = nearest && nearest->score >= recognize::suggest_threshold
                                 ? tr("närmaste mål i kedjan: \"{0}\" ({1} lika)", "nearest goal in the chain: \"{0}\" ({1} alike)",
                                      {nearest->goal->text.empty() ? nearest->goal->name : nearest->goal->text,
                                       percent(nearest->score)})
                                 : tr("inget mål i kedjan liknar det", "no goal in the chain resembles it");
        out.push_back(make_finding("MK001", g->source, g->id,
                                   activities_per_goal[id] == 1
                                       ? tr("målet \"{0}\" (1 aktivitet) finns inte i målkedjan",
                                            "the goal \"{0}\" (1 activity) is not in the goal chain", {text})
                                       : tr("målet \"{0}\" ({1} aktiviteter) finns inte i målkedjan",
                                            "the goal \"{0}\" ({1} activities) is not in the goal chain",
                                            {text, std::to_string(activities_per_goal[id])}),
                                   &suggestion));
    }
}

void check_namndmal_without_kf(const context& ctx, findings& out) {
    const model::document& chain = ctx.chain ? *ctx.chain : ctx.doc;
    bool has_kf = false;
    for (const model::goal& g : chain.goals) has_kf = has_kf || g.level == model::level::kf;
    if (!has_kf) return;
    for (const model::goal& g : ctx.doc.goals) {
        if (g.level != model::level::namnd || g.parent) continue;
        // With a separate chain, the chain's goal of the same text may have its KF goal.
        if (ctx.chain) {
            auto m = recognize::match_goal(g.text.empty() ? g.name : g.text, ctx.chain->goals);
            if (!m || m->goal->parent) continue;
        }
        out.push_back(make_finding("MK002", g.source, g.id,
                                   tr("nämndmålet \"{0}\" har inget KF-mål ovanför sig",
                                      "the nämndmål \"{0}\" has no KF goal above it", {g.name})));
    }
}

void check_goal_without_activity(const context& ctx, findings& out) {
    if (ctx.doc.activities.empty()) return;
    std::set<std::string> worked_on;
    for (const model::activity& a : ctx.doc.activities)
        if (a.goal) worked_on.insert(a.goal->target);
    // A goal whose sub-goal has activities is worked on too.
    for (bool changed = true; changed;) {
        changed = false;
        for (const model::goal& g : ctx.doc.goals)
            if (g.parent && worked_on.count(g.id) && worked_on.insert(g.parent->target).second) changed = true;
    }
    for (const model::goal& g : ctx.doc.goals) {
        if (g.level != model::level::namnd || worked_on.count(g.id)) continue;
        // Sub-goals of a nämndmål are described by it; only the nämndmål itself needs activities.
        const model::goal* parent = g.parent ? find_goal(ctx.doc, g.parent->target) : nullptr;
        if (parent && parent->level == model::level::namnd) continue;
        out.push_back(make_finding("MK003", g.source, g.id,
                                   tr("nämndmålet \"{0}\" har ingen aktivitet: inget görs för det",
                                      "the nämndmål \"{0}\" has no activity: nothing is done for it", {g.name})));
    }
}

void check_activity_under_several_goals(const context& ctx, findings& out) {
    // The first activity of each folded text: the one the later ones are compared with.
    std::unordered_map<std::string, const model::activity*> first_by_text;
    first_by_text.reserve(ctx.doc.activities.size());
    for (const model::activity& a : ctx.doc.activities) {
        auto [found, added] = first_by_text.try_emplace(text::fold(a.text), &a);
        if (added) continue;
        const model::activity& first = *found->second;
        if (!a.goal || !first.goal || a.goal->target == first.goal->target) continue;
        const model::goal* other = find_goal(ctx.doc, first.goal->target);
        std::string place = first.source ? first.source->sheet.str() + "!" + first.source->cell : "";
        out.push_back(make_finding("MK008", a.source, a.id,
                                   tr("aktiviteten \"{0}\" står också under målet \"{1}\" ({2})",
                                      "the activity \"{0}\" also stands under the goal \"{1}\" ({2})",
                                      {a.text, other ? other->name : first.goal->target, place})));
    }
}

}  // namespace mk::check
