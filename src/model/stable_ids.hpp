#pragma once
// Stable ids derived from content, so that the same model always gets the same ids.
//
// A goal's id is "g-" and 8 hex digits: the first 32 bits of the 64-bit FNV-1a hash of
//   level name, LF, unit, LF, folded text, LF, the parent's stable id (empty at the top)
// where the text is the goal's full text, or "name - description" when it has none, folded by
// text::fold (case, white space and punctuation ignored). An activity's id is "a-" and 8 hex
// digits of the hash of
//   the goal's stable id (empty when it has none), LF, folded text.
// When an id is already taken, the next element in document order gets "-2", then "-3", ...
// (parents are named before their children).
#include "src/model/document.hpp"

namespace mk::model {

// Gives every goal and activity its stable id and rewrites every reference to them (parents,
// activity goals, SK goal links, finding subjects). Throws mk::error when two goals or two
// activities share an id, when a reference names no element, or when parents form a cycle.
void assign_stable_ids(document& doc);

}  // namespace mk::model
