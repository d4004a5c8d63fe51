#include "src/diff/tables.hpp"

#include <array>
#include <map>

#include "src/container/workbook.hpp"
#include "src/report/level_names.hpp"
#include "src/report/lights.hpp"
#include "src/text/fold.hpp"

namespace mk::diff {
namespace {

// "förra året → i år" for texts that may be empty.
std::string both(const std::string& before, const std::string& after) {
    return (before.empty() ? "–" : before) + " → " + (after.empty() ? "–" : after);
}

}  // namespace

change_cell change_cell::of_share(std::optional<double> share) {
    change_cell cell(share ? percent_text(*share) : std::string());
    cell.share = share;
    return cell;
}

std::string status_text(const std::optional<model::status>& status, const std::string& word) {
    if (!status) return {};
    std::string name(report::status_name(*status));
    if (word.empty() || text::fold(word) == text::fold(name)) return name;
    return name + " (" + word + ")";
}

std::vector<change_table> change_tables(const changes& found) {
    change_table reworded{
        tr("Omformulerade mål", "Reworded goals"),
        {tr("Nivå", "Level"), tr("Förra året", "Last year"), tr("I år", "This year"), tr("Likhet", "Similarity")},
        {}};
    change_table moved{tr("Flyttade mål", "Moved goals"),
                       {tr("Nivå", "Level"), tr("Mål", "Goal"), tr("Överordnat mål förra året", "Parent last year"),
                        tr("Överordnat mål i år", "Parent this year")},
                       {}};
    change_table dropped{tr("Borttagna mål", "Dropped goals"),
                         {tr("Nivå", "Level"), tr("Mål", "Goal"), tr("Överordnat mål", "Parent")},
                         {}};
    change_table added{
        tr("Nya mål", "New goals"), {tr("Nivå", "Level"), tr("Mål", "Goal"), tr("Överordnat mål", "Parent")}, {}};
    for (const goal_diff& d : found.goals) {
        std::string level = report::level_title(d.level);
        if (!d.after)
            dropped.rows.push_back({level, d.before->text, d.before->parent});
        else if (!d.before)
            added.rows.push_back({level, d.after->text, d.after->parent});
        else {
            if (d.reworded)
                reworded.rows.push_back({level, d.before->text, d.after->text, change_cell::of_share(d.score)});
            if (d.moved) moved.rows.push_back({level, d.after->text, d.before->parent, d.after->parent});
        }
    }
    auto activity_columns = [](std::vector<message> more) {
        std::vector<message> columns{tr("Aktivitet", "Activity"), tr("Enhet", "Unit")};
        columns.insert(columns.end(), more.begin(), more.end());
        return columns;
    };
    change_table new_activities{tr("Nya aktiviteter", "New activities"), activity_columns({tr("Mål", "Goal")}), {}};
    change_table dropped_activities{
        tr("Borttagna aktiviteter", "Dropped activities"), activity_columns({tr("Mål", "Goal")}), {}};
    change_table moved_activities{
        tr("Flyttade aktiviteter", "Moved activities"),
        activity_columns({tr("Mål förra året", "Goal last year"), tr("Mål i år", "Goal this year")}),
        {}};
    change_table statuses{
        tr("Ändrad status", "Changed status"),
        activity_columns({tr("Status förra året", "Status last year"), tr("Status i år", "Status this year")}),
        {}};
    for (const activity_diff& d : found.activities) {
        if (!d.after)
            dropped_activities.rows.push_back({d.before->text, d.before->unit, d.before->goal});
        else if (!d.before)
            new_activities.rows.push_back({d.after->text, d.after->unit, d.after->goal});
        else {
            if (d.moved) moved_activities.rows.push_back({d.after->text, d.after->unit, d.before->goal, d.after->goal});
            if (d.status_changed)
                statuses.rows.push_back({d.after->text, d.after->unit,
                                         status_text(d.before->status, d.before->status_word),
                                         status_text(d.after->status, d.after->status_word)});
        }
    }
    change_table indicators{tr("Indikatorer", "Indicators"),
                            {tr("Indikator", "Indicator"), tr("Tillhör", "Belongs to"), tr("Ändring", "Change"),
                             tr("Målvärde förra året → i år", "Target last year → this year"),
                             tr("Utfall förra året → i år", "Outcome last year → this year")},
                            {}};
    for (const indicator_diff& d : found.indicators) {
        if (!d.changed()) continue;
        std::string change = !d.before  ? tr("ny", "new").text()
                             : !d.after ? tr("borttagen", "dropped").text()
                                        : tr("ändrad", "changed").text();
        indicator_side none;
        const indicator_side& b = d.before ? *d.before : none;
        const indicator_side& a = d.after ? *d.after : none;
        indicators.rows.push_back({d.name, d.owner, change, both(b.target, a.target), both(b.outcome, a.outcome)});
    }
    return {reworded,         moved,    dropped,   added, new_activities, dropped_activities,
            moved_activities, statuses, indicators};
}

std::vector<std::string> summary_lines(const changes& found) {
    struct goal_counts {
        std::size_t kept = 0, reworded = 0, moved = 0, dropped = 0, added = 0;
    };
    std::map<model::level, goal_counts> levels;
    for (const goal_diff& d : found.goals) {
        goal_counts& c = levels[d.level];
        if (!d.after)
            ++c.dropped;
        else if (!d.before)
            ++c.added;
        else {
            c.kept += !d.changed();
            c.reworded += d.reworded;
            c.moved += d.moved;
        }
    }
    std::vector<std::string> lines;
    for (const auto& [level, c] : levels)
        lines.push_back(report::level_title(level) + ": " +
                        counted(c.kept, "oförändrat", "oförändrade", "kept", "kept") + ", " +
                        counted(c.reworded, "omformulerat", "omformulerade", "reworded", "reworded") + ", " +
                        counted(c.moved, "flyttat", "flyttade", "moved", "moved") + ", " +
                        counted(c.dropped, "borttaget", "borttagna", "dropped", "dropped") + ", " +
                        counted(c.added, "nytt", "nya", "new", "new"));
    std::array<std::size_t, 5> a{};  // kept, new, dropped, moved, status
    for (const activity_diff& d : found.activities) {
        if (!d.after)
            ++a[2];
        else if (!d.before)
            ++a[1];
        else {
            a[0] += !d.changed();
            a[3] += d.moved;
            a[4] += d.status_changed;
        }
    }
    lines.push_back(
        tr("Aktiviteter", "Activities").text() + ": " + counted(a[0], "oförändrad", "oförändrade", "kept", "kept") +
        ", " + counted(a[1], "ny", "nya", "new", "new") + ", " +
        counted(a[2], "borttagen", "borttagna", "dropped", "dropped") + ", " +
        counted(a[3], "flyttad", "flyttade", "moved", "moved") + ", " +
        counted(a[4], "med ändrad status", "med ändrad status", "with a changed status", "with a changed status"));
    if (!found.indicators.empty()) {
        std::array<std::size_t, 4> i{};  // kept, changed, new, dropped
        for (const indicator_diff& d : found.indicators) ++i[!d.before ? 2 : !d.after ? 3 : d.changed() ? 1 : 0];
        lines.push_back(tr("Indikatorer", "Indicators").text() + ": " +
                        counted(i[0], "oförändrad", "oförändrade", "kept", "kept") + ", " +
                        counted(i[1], "ändrad", "ändrade", "changed", "changed") + ", " +
                        counted(i[2], "ny", "nya", "new", "new") + ", " +
                        counted(i[3], "borttagen", "borttagna", "dropped", "dropped"));
    }
    return lines;
}

}  // namespace mk::diff
