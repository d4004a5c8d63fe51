#pragma once
// The Swedish status words of DOMAIN.md and their canonical values.
#include <span>
#include <string_view>

#include "src/model/activity.hpp"

namespace mk::model {

// The canonical value of a status word ("Pågående" → on_track), ignoring case, white space and
// punctuation (as text::fold does); unknown for any word not in the table of DOMAIN.md.
status canonical_status(std::string_view word);

// Every status word of the table, as written in DOMAIN.md ("Genomfört", "Enligt plan", ...).
std::span<const std::string_view> known_status_words();

}  // namespace mk::model
