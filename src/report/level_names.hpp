#pragma once
// What users read for a goal level, in one place for every report, summary and comparison.
#include <string>

#include "src/model/document.hpp"

namespace mk::report {

// The level's title in the current language: "KF-mål", "Nämndmål", "Förvaltningens mål", "Enhetens
// mål", "Medarbetarmål" ("Council goals", "Board goals", "Administration goals", "Unit goals",
// "Staff goals").
std::string level_title(model::level level);

// The level's title in Swedish whatever the language of messages, for the report to the nämnd.
std::string level_title_sv(model::level level);

// The level's short name for counts ("8 KF, 18 nämnd"): "KF", "nämnd", "förvaltning", "enhet",
// "medarbetare" ("council", "board", "administration", "unit", "staff").
std::string level_short_name(model::level level);

}  // namespace mk::report
