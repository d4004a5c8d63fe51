#pragma once
// The SKA-mål tables of the SK document: the KF goals, each merged down over its nämndmål.
#include <vector>

#include "src/container/document.hpp"
#include "src/container/fill_plan.hpp"
#include "src/model/document.hpp"

namespace mk::sk {

// The chain's KF goals with the nämndmål under them (KF goals without any left out), and the
// nämndmål under no KF goal last, under an empty top.
std::vector<merged_group> ska_goals_of_chain(const model::document& chain);

// The SKA-mål table of the latest year a filled SK document holds (a table with a
// Kommunfullmäktigemål header under a SKA-mål heading): that year's goals; empty when it has none.
std::vector<merged_group> ska_goals_in(const document& doc);

}  // namespace mk::sk
