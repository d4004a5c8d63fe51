// Years compared: MK030, MK031. A document holds several years when its activities carry them
// (two tables or files of two years); each activity is compared with the same activity (same text
// after folding, same goal, same unit) of the year before.
#include <map>
#include <set>
#include <tuple>

#include "src/check/families.hpp"
#include "src/text/fold.hpp"

namespace mk::check {
namespace {

// The last status an activity reports with a word, or nullptr.
const model::status_report* latest_reported(const model::activity& a) {
    const model::status_report* latest = nullptr;
    for (const model::status_report& s : a.statuses)
        if (!text::is_blank(s.word)) latest = &s;
    return latest;
}

// An activity's key across years: its goal, its unit and its folded text.
std::tuple<std::string, std::string, std::string> key_of(const model::activity& a) {
    return {a.goal ? a.goal->target : "", a.unit, text::fold(a.text)};
}

}  // namespace

void check_done_last_year(const context& ctx, findings& out) {
    std::map<std::tuple<std::string, std::string, std::string>, std::map<int, const model::activity*>> by_key;
    for (const model::activity& a : ctx.doc.activities)
        if (a.year) by_key[key_of(a)][*a.year] = &a;
    for (const model::activity& a : ctx.doc.activities) {
        if (!a.year) continue;
        const auto& years = by_key[key_of(a)];
        auto before = years.find(*a.year - 1);
        if (before == years.end()) continue;
        const model::status_report* then = latest_reported(*before->second);
        const model::status_report* now = latest_reported(a);
        if (!then || !now || then->value != model::status::done) continue;
        if (now->value == model::status::done || now->value == model::status::cancelled ||
            now->value == model::status::unknown)
            continue;
        // The unit is named: the same activity of another school may not have gone back.
        std::string subject = "\"" + a.text + "\"" + (a.unit.empty() ? "" : " (" + a.unit + ")");
        out.push_back(
            make_finding("MK030", now->source, a.id,
                         tr("aktiviteten {0} var \"{1}\" {2} men är \"{3}\" {4}",
                            "the activity {0} was \"{1}\" in {2} but is \"{3}\" in {4}",
                            {subject, then->word, std::to_string(*a.year - 1), now->word, std::to_string(*a.year)})));
    }
}

void check_goal_dropped(const context& ctx, findings& out) {
    std::set<int> all_years;
    std::map<std::string, std::set<int>> goal_years;
    for (const model::activity& a : ctx.doc.activities) {
        if (!a.year) continue;
        all_years.insert(*a.year);
        if (a.goal) goal_years[a.goal->target].insert(*a.year);
    }
    if (all_years.size() < 2) return;
    int latest = *all_years.rbegin();
    for (const model::goal& g : ctx.doc.goals) {
        auto found = goal_years.find(g.id);
        if (found == goal_years.end() || found->second.contains(latest)) continue;
        int last = *found->second.rbegin();
        out.push_back(
            make_finding("MK031", g.source, g.id,
                         tr("målet \"{0}\" har aktiviteter {1} men ingen {2}",
                            "the goal \"{0}\" has activities in {1} but none in {2}",
                            {g.name.empty() ? g.text : g.name, std::to_string(last), std::to_string(latest)})));
    }
}

}  // namespace mk::check
