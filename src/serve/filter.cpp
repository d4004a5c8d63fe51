#include "src/serve/filter.hpp"

#include <map>
#include <set>

namespace mk::serve {
namespace {

std::set<std::string> files_of_year(const tab_inputs& in, const std::string& year) {
    std::set<std::string> names;
    for (const input_file* f : in.report_files())
        if (in.readings[static_cast<std::size_t>(f - in.files.data())].summary.value("year", "") == year)
            names.insert(f->name);
    return names;
}

}  // namespace

std::vector<std::string> units_of(const model::document& doc) {
    std::set<std::string> units;
    for (const auto& g : doc.goals)
        if (!g.unit.empty()) units.insert(g.unit);
    return {units.begin(), units.end()};
}

std::vector<std::string> years_of(const tab_inputs& in) {
    std::set<std::string> years;
    for (const input_file* f : in.report_files()) {
        std::string year = in.readings[static_cast<std::size_t>(f - in.files.data())].summary.value("year", "");
        if (!year.empty()) years.insert(year);
    }
    return {years.begin(), years.end()};
}

model::document filtered(const model::document& doc, const tab_inputs& in, const std::string& unit,
                         const std::string& year) {
    if (unit.empty() && year.empty()) return doc;
    std::map<std::string, const model::goal*> by_id;
    for (const auto& g : doc.goals) by_id[g.id] = &g;
    // The unit of a goal: its own, else the nearest goal above that has one.
    auto unit_of = [&](const std::optional<model::link>& start) {
        std::set<std::string> seen;
        for (auto link = start; link && seen.insert(link->target).second;) {
            auto it = by_id.find(link->target);
            if (it == by_id.end()) break;
            if (!it->second->unit.empty()) return it->second->unit;
            link = it->second->parent;
        }
        return std::string();
    };
    const std::set<std::string> files = year.empty() ? std::set<std::string>{} : files_of_year(in, year);
    auto in_year = [&](const std::optional<model::source_ref>& source) {
        return year.empty() || (source && files.contains(source->file));
    };
    std::set<std::string> kept_goals;
    auto keep_with_parents = [&](std::optional<model::link> link) {
        while (link && kept_goals.insert(link->target).second) {
            auto it = by_id.find(link->target);
            if (it == by_id.end()) break;
            link = it->second->parent;
        }
    };
    model::document out;
    out.metadata = doc.metadata;
    out.vision = doc.vision;
    for (const auto& g : doc.goals)
        if (in_year(g.source) && (unit.empty() || unit_of(model::link{g.id, {}, {}}) == unit))
            keep_with_parents(model::link{g.id, {}, {}});
    for (const auto& a : doc.activities)
        if (in_year(a.source) && (unit.empty() || unit_of(a.goal) == unit)) {
            out.activities.push_back(a);
            keep_with_parents(a.goal);
        }
    for (const auto& g : doc.goals)
        if (kept_goals.contains(g.id)) out.goals.push_back(g);
    out.development_areas = doc.development_areas;
    out.schools = doc.schools;
    return out;
}

}  // namespace mk::serve
