#pragma once
// The SKA-mål tables of the SK document: the KF goals, each merged down over its nämndmål.
#include <vector>

#include "src/container/fill_plan.hpp"
#include "src/model/document.hpp"

namespace mk::sk {

// The chain's KF goals with the nämndmål under them (KF goals without any left out), and the
// nämndmål under no KF goal last, under an empty top. Of a recognised SK document
// (recognize::recognise_sk_document), the goals of its SKA-mål table of the latest year.
std::vector<merged_group> ska_goals_of_chain(const model::document& chain);

}  // namespace mk::sk
