#pragma once
// .docx writer: neutral document → bytes.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The document as .docx: deterministic (the same document gives the same bytes).
std::string write_docx(const document& doc);

}  // namespace mk
