#include "src/report/summary.hpp"

#include <algorithm>
#include <map>

#include "src/container/workbook.hpp"
#include "src/report/lights.hpp"
#include "src/text/fold.hpp"

namespace mk::report {
namespace {

void add(tally& t, model::status s) {
    ++t.by_status[static_cast<std::size_t>(s)];
    ++t.activities;
}

model::status latest_value(const model::activity& a) {
    const model::status_report* latest = latest_status(a);
    return latest ? latest->value : model::status::unknown;
}

// Each goal's tally of the activities that serve it (under it or its own), in one pass; nullptr
// holds the total.
std::map<const model::goal*, tally> tallies(const model::document& doc, const chain_index& index) {
    std::map<const model::goal*, tally> out;
    for (const model::activity& a : doc.activities) {
        model::status s = latest_value(a);
        add(out[nullptr], s);
        for (const model::goal* g : index.goals_above(a)) add(out[g], s);
    }
    return out;
}

std::optional<double> fraction(int part, int whole) {
    if (whole == 0) return std::nullopt;
    return static_cast<double>(part) / whole;
}

std::string percent(std::optional<double> share) { return share ? percent_text(*share) : "–"; }

}  // namespace

std::optional<double> tally::done_fraction() const { return fraction(count(model::status::done), activities); }

std::optional<double> tally::deviating_fraction() const { return fraction(count(model::status::deviates), activities); }

std::string tally::share_done() const { return percent(done_fraction()); }

std::string tally::share_deviating() const { return percent(deviating_fraction()); }

std::vector<group_row> unit_rows(const model::document& doc) {
    std::map<std::string, tally> by_unit;
    for (const model::activity& a : doc.activities)
        if (!a.unit.empty()) add(by_unit[a.unit], latest_value(a));
    std::vector<group_row> rows;
    for (auto& [name, counts] : by_unit) rows.push_back({name, counts});
    std::stable_sort(rows.begin(), rows.end(), [](const group_row& a, const group_row& b) {
        // a deviates more when its share is larger: a.dev / a.n > b.dev / b.n.
        long left = long{a.counts.count(model::status::deviates)} * b.counts.activities;
        long right = long{b.counts.count(model::status::deviates)} * a.counts.activities;
        if (left != right) return left > right;
        return a.counts.count(model::status::deviates) > b.counts.count(model::status::deviates);
    });
    return rows;
}

std::vector<group_row> year_rows(const model::document& doc) {
    std::map<int, tally> by_year;
    for (const model::activity& a : doc.activities)
        if (a.year) add(by_year[*a.year], latest_value(a));
    std::vector<group_row> rows;
    for (auto& [year, counts] : by_year) rows.push_back({std::to_string(year), counts});
    return rows;
}

model::status tally::light() const {
    if (count(model::status::deviates)) return model::status::deviates;
    if (count(model::status::not_started) || count(model::status::partly)) return model::status::not_started;
    if (count(model::status::done) || count(model::status::on_track)) return model::status::on_track;
    return model::status::cancelled;
}

std::vector<summary_row> summary_rows(const model::document& doc, const chain_index& index) {
    std::vector<summary_row> rows;
    std::map<const model::goal*, tally> counts = tallies(doc, index);
    auto add_goals_under = [&](const model::goal* kf) {
        for (const model::goal& g : doc.goals)
            if (g.level != model::level::kf && index.place_of(g).kf == kf) rows.push_back({kf, &g, counts[&g]});
    };
    for (const model::goal& g : doc.goals) {
        if (g.level != model::level::kf) continue;
        rows.push_back({&g, nullptr, counts[&g]});
        add_goals_under(&g);
    }
    add_goals_under(nullptr);
    rows.push_back({nullptr, nullptr, counts[nullptr]});
    return rows;
}

std::string summary_header(model::status s) {
    return s == model::status::unknown ? "Utan känd status" : std::string(status_name(s));
}

std::string tally_text(const tally& counts) {
    if (counts.activities == 0) return "Inga aktiviteter";
    std::string out = std::to_string(counts.activities) + (counts.activities == 1 ? " aktivitet:" : " aktiviteter:");
    const char* separator = " ";
    for (model::status s : summary_statuses) {
        if (!counts.count(s)) continue;
        out += separator + std::to_string(counts.count(s)) + " " + text::fold(summary_header(s));
        separator = ", ";
    }
    return out;
}

std::string light_word(model::status light) {
    return std::string(model::colour_word(status_light(light).value_or(model::light_colour::grey)));
}

}  // namespace mk::report
