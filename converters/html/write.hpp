#pragma once
// .html writer: neutral document → bytes.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The document as one self-contained .html page (lang="sv", inline CSS, no script, nothing fetched):
// headings, paragraphs, nested lists, tables with spans, header rows as <th> and shading as
// background colours, yellow text as <mark>. All text is escaped; a figure's SVG is written as
// given, since only the report makes figures. Deterministic: the same document gives the same bytes.
std::string write_html(const document& doc);

}  // namespace mk
