#pragma once
// The summary of the report: per KF goal and nämndmål, the activities per status at the latest checkpoint.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "src/model/document.hpp"
#include "src/report/outline.hpp"

namespace mk::report {

// Activities counted by the canonical status of their latest checkpoint; unknown counts those with no
// known status.
struct tally {
    std::array<int, 7> by_status{};
    int activities = 0;

    int count(model::status s) const { return by_status[static_cast<std::size_t>(s)]; }
    // The share done as a fraction (0.75); nullopt with no activities.
    std::optional<double> done_fraction() const;
    // The share that deviates, the same way.
    std::optional<double> deviating_fraction() const;
    // The share done as a whole percentage ("75 %"); "–" with no activities.
    std::string share_done() const;
    // The share that deviates, the same way.
    std::string share_deviating() const;
    // The light of the whole: red when any deviates, else yellow when any is not started or partly
    // done, else green when any is done or on track, else grey.
    model::status light() const;
};

// One row of the summary: a KF goal (goal == nullptr), a nämndmål, or the total (both nullptr).
struct summary_row {
    const model::goal* kf = nullptr;
    const model::goal* goal = nullptr;
    tally counts;
};

// The activities of one unit or one year.
struct group_row {
    std::string name;
    tally counts;
};

// The activities by unit, the units that deviate most first (by share deviating, then by number,
// then by name); empty when no activity names a unit.
std::vector<group_row> unit_rows(const model::document& doc);

// The activities by year, the oldest first; empty when no activity has a year.
std::vector<group_row> year_rows(const model::document& doc);

// Each KF goal followed by the goals below it, then the goals under no KF goal, then the total.
std::vector<summary_row> summary_rows(const model::document& doc, const chain_index& index);

// The statuses the summary has a column for, in column order (unknown last).
inline constexpr std::array<model::status, 7> summary_statuses = {
    model::status::done,     model::status::on_track,  model::status::not_started, model::status::partly,
    model::status::deviates, model::status::cancelled, model::status::unknown};

// The header of a summary count column ("Genomfört", "Utan känd status").
std::string summary_header(model::status s);

// The counts in words: "3 aktiviteter: 1 genomfört, 2 enligt plan"; "Inga aktiviteter" for none.
std::string tally_text(const tally& counts);

// The light as a word ("Grön", "Gul", "Röd", "Grå"), for readers who cannot tell the colours apart.
std::string light_word(model::status light);

}  // namespace mk::report
