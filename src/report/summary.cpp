#include "src/report/summary.hpp"

#include <map>

#include "src/report/lights.hpp"
#include "src/text/fold.hpp"

namespace mk::report {
namespace {

void add(tally& t, model::status s) {
    ++t.by_status[static_cast<std::size_t>(s)];
    ++t.activities;
}

// Each goal's tally of the activities that serve it (under it or its own), in one pass; nullptr
// holds the total.
std::map<const model::goal*, tally> tallies(const model::document& doc, const chain_index& index) {
    std::map<const model::goal*, tally> out;
    for (const model::activity& a : doc.activities) {
        const model::status_report* latest = latest_status(a);
        model::status s = latest ? latest->value : model::status::unknown;
        add(out[nullptr], s);
        for (const model::goal* g : index.goals_above(a)) add(out[g], s);
    }
    return out;
}

}  // namespace

std::string tally::share_done() const {
    if (activities == 0) return "–";
    return std::to_string((count(model::status::done) * 100 + activities / 2) / activities) + " %";
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
