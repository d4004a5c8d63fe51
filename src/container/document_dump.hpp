#pragma once
// The text dump of a document that `malkedja blocks` prints: one block a line, nesting by indent.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The dump of doc (format described in document_dump.cpp).
std::string dump_document(const document& doc);

// Appends the dump of one top-level block of a body (a table with all it holds) to out.
void dump_block(const block& b, std::string& out);

// Appends the dump of what follows the body, doc's page headers and footers, to out.
void dump_page_texts(const document& doc, std::string& out);

}  // namespace mk
