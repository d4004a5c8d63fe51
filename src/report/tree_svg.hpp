#pragma once
// The goal chain drawn as a tree: plain SVG 1.1 markup with a deterministic layout.
#include <string>

#include "src/check/rule.hpp"
#include "src/model/document.hpp"

namespace mk::report {

// The vision (or the title when there is none) at the root, then every goal under its parent and
// every activity under its goal as a light coloured by its latest status, each element's findings
// listed under it. Long texts are wrapped; every text is escaped. The same input gives the same markup.
std::string goal_tree_svg(const model::document& doc, const check::findings& found, const std::string& title);

}  // namespace mk::report
