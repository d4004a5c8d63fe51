#pragma once
// Work plans and chain documents (.docx, .odt) → vision, KF goals, nämndmål, activities, insatser.
#include <string>

#include "src/container/document.hpp"
#include "src/model/document.hpp"

namespace mk::recognize {

// Reads the goal chain a document states, with file_name in provenance:
// - bullets under a heading naming the vision ("Kommunfullmäktiges vision") → vision statements;
// - bullets or sub-headings under a heading naming KF goals ("Kommunfullmäktiges målområden",
//   "Kommunfullmäktiges mål", "Övergripande mål") → KF goals;
// - sub-headings under a heading naming the nämnd's goals ("Nämndmål och aktiviteter",
//   "Barn- och utbildningsnämndens mål") → nämndmål; the bullets under each are its activities when
//   the section heading names activities ("aktiviteter", "åtaganden"), else its sub-goals;
// - headings under a heading naming insatser, followed by "Syfte:", "Mål:", "Åtgärder:" → activities
//   with those details;
// - goal-chain tables anywhere ("Mål | Aktivitet | Ansvar | Tidsplan", "Kommunfullmäktigemål |
//   Nämndmål", see goal_table.hpp) → goals and activities.
// Throws mk::error when the document states no goal at all.
model::document recognise_work_plan(const document& doc, const std::string& file_name);

}  // namespace mk::recognize
