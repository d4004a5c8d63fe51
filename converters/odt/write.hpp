#pragma once
// .odt writer: neutral document → bytes.
#include <string>

#include "src/container/document.hpp"

namespace mk {

// The document as .odt: deterministic (the same document gives the same bytes).
std::string write_odt(const document& doc);

}  // namespace mk
