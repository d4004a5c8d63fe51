#pragma once
// What changed in the goal chain between two years: goals, activities and indicators of two models
// paired up, each pair or lone element with what changed about it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/document.hpp"

namespace mk::diff {

// A goal as one year has it.
struct goal_side {
    std::string id;
    std::string text;
    // The text of the goal above it; empty at the top.
    std::string parent;
};

// A goal of either year or both: dropped (no after), new (no before), or the same goal in both.
struct goal_diff {
    model::level level = model::level::namnd;
    std::optional<goal_side> before;
    std::optional<goal_side> after;
    // Linked by the fuzzy goal matcher (recognize::match_goal), not by equal text after folding.
    bool reworded = false;
    // The matcher's similarity for a reworded goal.
    std::optional<double> score;
    // Its parent is not the goal its parent became.
    bool moved = false;
    // Where it sits in the two trees side by side (see key_of in changes): its own key and its parent's.
    std::string key;
    std::string anchor;

    bool changed() const { return !before || !after || reworded || moved; }
};

// An activity as one year has it.
struct activity_side {
    std::string id;
    std::string text;
    std::string unit;
    // The text of its goal; empty when it has none.
    std::string goal;
    // Its latest status (report::latest_status); absent when it has none.
    std::optional<model::status> status;
    std::string status_word;
};

// An activity of either year or both.
struct activity_diff {
    std::optional<activity_side> before;
    std::optional<activity_side> after;
    // Its goal is not the goal its goal became.
    bool moved = false;
    // Both years have a latest status, and their canonical values differ.
    bool status_changed = false;
    std::string key;
    std::string anchor;

    bool changed() const { return !before || !after || moved || status_changed; }
};

// An indicator as one year has it: the target and the outcome it is judged by, as written.
struct indicator_side {
    std::string target;
    std::string outcome;
    // The outcome's column ("Utfall 2019").
    std::string outcome_label;
};

// An indicator of a goal or activity, in either year or both (paired by name after folding).
struct indicator_diff {
    std::string name;
    // The text of the goal or activity it belongs to (the later year's when both have it).
    std::string owner;
    std::optional<indicator_side> before;
    std::optional<indicator_side> after;

    bool changed() const {
        return !before || !after || before->target != after->target || before->outcome != after->outcome;
    }
};

// Everything compared, in the later year's order, then what only the earlier year has.
struct changes {
    std::vector<goal_diff> goals;
    std::vector<activity_diff> activities;
    std::vector<indicator_diff> indicators;

    // How many entries changed.
    std::size_t count() const;
};

// Compares the goal chain of before (last year) with after (this year). Goals are paired per level:
// equal text after text::fold first, then by recognize::match_goal's similarity, best pairs first.
// Activities are paired by their text after folding and their unit, those under the same goal first.
changes compare(const model::document& before, const model::document& after);

}  // namespace mk::diff
