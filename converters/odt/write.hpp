#pragma once
// .odt writer: neutral document → bytes.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The document as .odt: deterministic (the same document gives the same bytes), strict ODF 1.3
// with no extension namespaces. Paragraph styles as src/container/document_layout.hpp chooses them,
// a heading's number before its text, spaces kept with text:s, text:list for lists, tables with
// table:table-header-rows, spans, covered cells and shading, the title in meta.xml, the page
// headers and the page footers with "Sida N" on the master page.
std::string write_odt(const document& doc);

}  // namespace mk
