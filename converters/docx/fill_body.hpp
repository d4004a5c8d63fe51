#pragma once
// The steps of a fill plan on the body of word/document.xml (pugixml DOM, canonical w: names).
#include <pugixml.hpp>

#include "src/container/fill_plan.hpp"

namespace mk::docx_fill {

// Drops the plan's sections and their table-of-contents entries, closes the gaps they leave in
// manual heading numbers, and drops the page numbers of a static table of contents that follow
// the first entry removed (they no longer hold; a TOC field is left to Word's update on open).
void remove_sections(pugi::xml_node body, const fill_plan& plan);
// Whether the body has a table-of-contents field (which w:updateFields makes Word update).
bool has_toc_field(pugi::xml_node body);
// Sets the plan's cells, adds its rows and rebuilds its merged tables.
void fill_tables(pugi::xml_node body, const fill_plan& plan);
// Highlights (and un-highlights) the plan's paragraphs.
void highlight(pugi::xml_node body, const fill_plan& plan);
// Carries out the plan's text replacements in every paragraph under node; whether any changed.
bool replace_texts(pugi::xml_node node, const fill_plan& plan);

}  // namespace mk::docx_fill
