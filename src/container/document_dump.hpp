#pragma once
// The text dump of a document that `malkedja blocks` prints: one block a line, nesting by indent.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The dump of doc (format described in document_dump.cpp).
std::string dump_document(const document& doc);

}  // namespace mk
