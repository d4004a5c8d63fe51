#pragma once
// .docx writer: neutral document → bytes.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The document as .docx: deterministic (the same document gives the same bytes). Paragraph
// styles as src/container/document_layout.hpp chooses them, a heading's number before its text,
// lists on word/numbering.xml (each numbered list restarting at 1), tables with a repeated header
// row, spans (w:gridSpan, w:vMerge) and shading, the title in docProps/core.xml, the page headers
// in word/header1.xml and the page footers with "Sida N" in word/footer1.xml.
std::string write_docx(const document& doc);

}  // namespace mk
