#pragma once
// .html writer: neutral document → bytes.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The document as .html: deterministic (the same document gives the same bytes).
std::string write_html(const document& doc);

}  // namespace mk
