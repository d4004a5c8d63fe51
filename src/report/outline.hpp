#pragma once
// The goal chain as the report walks it: each activity under its nämndmål and its KF goal.
#include <map>
#include <string>
#include <vector>

#include "src/model/document.hpp"

namespace mk::report {

// Where an activity or a goal sits in the report; either goal may be absent.
struct placement {
    // The KF goal at or above it.
    const model::goal* kf = nullptr;
    // The goal it belongs to below KF (the nämndmål), itself for a goal below KF.
    const model::goal* goal = nullptr;
};

// One row of the detail: an activity, or a goal with no activity on its row (activity == nullptr).
struct outline_row {
    report::placement place;
    const model::activity* activity = nullptr;
    // On a goal's own row, which of its indicators the row shows: a goal with several has a row for
    // each, as a table of goals and their indicators holds them; the first shows its kept fields.
    std::size_t goal_indicator = 0;
};

// Looks goals up by id and follows their parents (cycles are cut).
class chain_index {
public:
    explicit chain_index(const model::document& doc);
    // The goal with this id, or nullptr.
    const model::goal* find(const std::string& id) const;
    // The goal above g, or nullptr at the top.
    const model::goal* parent(const model::goal& g) const;
    // g's KF goal and nämndmål.
    placement place_of(const model::goal& g) const;
    // The KF goal and nämndmål of a's goal; both absent when a has none.
    placement place_of(const model::activity& a) const;
    // a's goal and every goal above it, nearest first (a cycle is cut); empty when a has no goal.
    std::vector<const model::goal*> goals_above(const model::activity& a) const;

private:
    std::map<std::string, const model::goal*> by_id_;
    std::size_t depth_limit_ = 0;
};

// The detail rows in the order that reads back as the same model: the activities in model order,
// each goal without an activity of its own on a row where its place in the goal list puts it, and
// each nämndmål with kept fields or indicators of its own on a row of its own (a row per indicator)
// before its first activity's.
std::vector<outline_row> detail_rows(const model::document& doc, const chain_index& index);

// The activity's status at its latest checkpoint: its last report with a word; nullptr when none.
const model::status_report* latest_status(const model::activity& a);

// The goal's text as written: its full text, else "name - description".
std::string goal_text(const model::goal& g);

// When the activity is planned as written ("Q4"); empty when it is not.
std::string planned_text(const model::activity& a);

// The comments of the activity's status reports, one a line; when several reports have one, each
// after its report's label ("Status delår 1: …").
std::string comment_text(const model::activity& a);

}  // namespace mk::report
