#pragma once
// .odt (OpenDocument text) → the neutral document container.
//
// content.xml gives the body; styles.xml the common styles (display names, inheritance, list
// styles) and the page headers and footers. Headings are text:h with their outline level; list
// items are the first paragraph of each text:list-item, their level the nesting depth and
// bullet/number from the list style; tables resolve spans and covered cells. Tracked changes read
// as accepted; footnotes, endnotes, comments (office:annotation), the text of drawings and the data
// of chart objects are notes of the paragraph they stand in (block::notes); soft page breaks and
// images are left out.
#include <string_view>

#include <pugixml.hpp>

#include "converters/odt/body.hpp"
#include "converters/package/zip.hpp"
#include "src/container/document.hpp"

namespace mk {

// Reads an .odt package; throws mk::error naming the part when it is damaged or hostile.
document read_odt(std::string_view bytes);

// The same for a package already open (a filler's entries read back, zip_package::of_entries).
document read_odt_package(zip_package& package);

// The notes of the package's embedded objects ("Object 1/content.xml"), by their folder: of a chart
// (an office:chart) its data, of a spreadsheet, text, presentation, drawing or formula its kind.
odt::object_notes read_embedded_objects(zip_package& package);

// The document of the parts already parsed (roots as xml_part gives them; styles_root may be
// empty), with its embedded objects as objects has them and its pictures named when objects is
// given (text_reader): a filler reads the document it has just filled without saving and parsing
// it again.
document read_odt_roots(pugi::xml_node styles_root, pugi::xml_node content_root,
                        const odt::object_notes* charts = nullptr);

}  // namespace mk
