#pragma once
// The steps of a fill plan on the body of word/document.xml (pugixml DOM, canonical w: names).
#include <pugixml.hpp>

#include "src/container/fill_plan.hpp"

namespace mk::docx_fill {

// Drops the plan's sections and their table-of-contents entries.
void remove_sections(pugi::xml_node body, const fill_plan& plan);
// Sets the plan's cells, adds its rows and rebuilds its merged tables.
void fill_tables(pugi::xml_node body, const fill_plan& plan);
// Highlights (and un-highlights) the plan's paragraphs.
void highlight(pugi::xml_node body, const fill_plan& plan);
// Carries out the plan's text replacements in every paragraph under node; whether any changed.
bool replace_texts(pugi::xml_node node, const fill_plan& plan);

}  // namespace mk::docx_fill
