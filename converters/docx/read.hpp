#pragma once
// .docx (WordprocessingML, transitional or strict) → the neutral document container.
//
// The main part is found through the package relationships. Heading levels come from the paragraph's
// w:outlineLvl or its style's (over the w:basedOn chain), else from built-in heading style names;
// list levels and bullet/number from numbering.xml. Tracked changes read as accepted; fields show
// their result; footnotes, endnotes, comments, the text of text boxes, the data of charts and the
// names of pictures and embedded objects are notes of the paragraph they stand in (block::notes);
// bookmarks and proofing marks are left out. Headers and footers are kept apart from the body, as
// text (a logo in them is left out).
#include <string_view>

#include <pugixml.hpp>

#include "converters/package/zip.hpp"
#include "src/container/document.hpp"

namespace mk {

// Reads a .docx package; throws mk::error naming the part when it is damaged or hostile.
document read_docx(std::string_view bytes);

// The same, handing each top-level block of the body to body as soon as it is read, so that the
// body is never held whole: the main part is read as a stream, one top-level paragraph or table
// at a time. The document returned has no body blocks, only the page headers and footers.
document read_docx(std::string_view bytes, const block_sink& body);

// The same with the main part already parsed (its <w:document> root, names as xml_part gives
// them): a filler reads the document it has just filled without saving and parsing it again.
document read_docx_package(zip_package& package, pugi::xml_node main_root);

}  // namespace mk
