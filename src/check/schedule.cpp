// Planned quarters and dates: MK007, MK009.
#include <algorithm>

#include "src/check/deadline.hpp"
#include "src/check/families.hpp"

namespace mk::check {
namespace {

bool finished(const model::activity& a) {
    for (auto it = a.statuses.rbegin(); it != a.statuses.rend(); ++it) {
        if (it->word.empty()) continue;
        return it->value == model::status::done || it->value == model::status::cancelled;
    }
    return false;
}

}  // namespace

void check_planned_time_passed(const context& ctx, findings& out) {
    if (ctx.as_of.empty()) return;
    for (const model::activity& a : ctx.doc.activities) {
        if (!a.planned || finished(a)) continue;
        std::string end = deadline(*a.planned, ctx.doc.metadata.year);
        if (end.empty() || end >= ctx.as_of) continue;
        std::string status;
        for (const model::status_report& s : a.statuses)
            if (!s.word.empty()) status = s.word;
        // "Q3 (2019-09-30)", the date alone when the plan is one.
        std::string when = a.planned->text == end ? end : a.planned->text + " (" + end + ")";
        message text = status.empty()
                           ? tr("planerad tidpunkt {0} har passerat per {1} men aktiviteten \"{2}\" har ingen status",
                                "the planned time {0} has passed as of {1} but the activity \"{2}\" has no status",
                                {when, ctx.as_of, a.text})
                           : tr("planerad tidpunkt {0} har passerat per {1} men statusen är \"{2}\" för "
                                "aktiviteten \"{3}\"",
                                "the planned time {0} has passed as of {1} but the status is \"{2}\" for "
                                "the activity \"{3}\"",
                                {when, ctx.as_of, status, a.text});
        out.push_back(make_finding("MK007", a.source, a.id, text));
    }
}

void check_activity_without_plan(const context& ctx, findings& out) {
    const auto& activities = ctx.doc.activities;
    bool planning_used = std::any_of(activities.begin(), activities.end(), [](const auto& a) { return a.planned.has_value(); });
    if (!planning_used) return;
    for (const model::activity& a : activities) {
        if (a.planned) continue;
        out.push_back(make_finding("MK009", a.source, a.id,
                                   tr("aktiviteten \"{0}\" har ingen planerad tidpunkt",
                                      "the activity \"{0}\" has no planned time", {a.text})));
    }
}

}  // namespace mk::check
