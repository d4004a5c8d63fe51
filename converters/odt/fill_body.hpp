#pragma once
// The steps of a fill plan on content.xml of an .odt (pugixml DOM, canonical ODF names).
#include <pugixml.hpp>

#include "src/container/fill_plan.hpp"

namespace mk::odt_fill {

// Drops the plan's sections and their table-of-contents entries from office:text, closes the gaps
// they leave in manual heading numbers, and drops the page numbers of the entries that follow the
// first one removed (they no longer hold, and LibreOffice does not update an index on opening).
void remove_sections(pugi::xml_node text, const fill_plan& plan);
// Sets the plan's cells, adds its rows and rebuilds its merged tables.
void fill_tables(pugi::xml_node text, const fill_plan& plan);
// Highlights (and un-highlights) the plan's paragraphs; styles is office:automatic-styles.
void highlight(pugi::xml_node text, pugi::xml_node styles, const fill_plan& plan);
// Carries out the plan's text replacements in every paragraph under node; whether any changed.
bool replace_texts(pugi::xml_node node, const fill_plan& plan);

}  // namespace mk::odt_fill
