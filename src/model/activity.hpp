#pragma once
// Activities (aktiviteter, åtaganden, insatser) and their status reports per checkpoint.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/chain.hpp"
#include "src/model/checkpoint.hpp"
#include "src/model/provenance.hpp"

namespace mk::model {

// The canonical status of DOMAIN.md; the original word is kept beside it. partly (a goal evaluated
// at year end as "Delvis uppfyllt") is new in schema version 1.1.
enum class status : std::uint8_t { done, on_track, not_started, partly, deviates, cancelled, unknown };

// One status report of an activity at one checkpoint.
struct status_report {
    model::checkpoint checkpoint = checkpoint::report;
    // The report date (ISO "2019-08-31"), when known.
    std::string date;
    // The checkpoint as the source names it ("Status delår1*", "Status").
    std::string label;
    // The status word as written ("Enligt plan"); for a cell that says its status by its fill colour
    // alone, the colour ("#FF0000"), after the symbol when it holds one ("● #FF0000"). Empty for a
    // status cell left empty.
    std::string word;
    model::status value = status::unknown;
    // Whether the value is the meaning DOMAIN.md assumes for a traffic light (green: on track,
    // yellow: not started, red: deviates, grey: cancelled) because no legend on the sheet and no
    // mapping of the user said what the light means.
    bool assumed = false;
    std::string comment;
    std::optional<source_ref> source;

    bool operator==(const status_report&) const = default;
};

// When an activity is planned to be done: a quarter ("Q4") or a date, and the text as written.
struct plan_time {
    std::string text;
    // 1-4.
    std::optional<std::uint8_t> quarter;
    // ISO date "2019-06-30".
    std::string date;

    bool operator==(const plan_time&) const = default;
};

// A labelled part of an activity's text ("Syfte", "Mål", "Åtgärder").
struct detail {
    std::string label;
    std::string text;

    bool operator==(const detail&) const = default;
};

// An activity, åtagande or insats.
struct activity {
    // Stable id ("a-5c0e19d2"); see stable_ids.hpp.
    std::string id;
    // The goal it works for; absent when the source gives none.
    std::optional<link> goal;
    std::string text;
    std::optional<plan_time> planned;
    // The priority text ("Fler elever ska ta gymnasieexamen inom 3 år.").
    std::string priority;
    std::string responsible;
    // The unit (skola, enhet, avdelning, område) the row is about, when the source names one (1.2).
    std::string unit;
    // The year the row reports on, when the sources hold several years (1.2).
    std::optional<int> year;
    std::vector<detail> details;
    // In checkpoint order as the source gives them.
    std::vector<status_report> statuses;
    // The indicators reported on the activity's row (1.2).
    std::vector<indicator> indicators;
    // The values of the source's unrecognised columns on the activity's row (1.2).
    std::vector<extra_field> extras;
    std::optional<source_ref> source;

    bool operator==(const activity&) const = default;
};

}  // namespace mk::model
