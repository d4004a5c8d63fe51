#pragma once
// libxml2's errors in the user's language: what is wrong and where, never libxml2's English text.
#include <libxml/xmlerror.h>

#include "src/core/message.hpp"

namespace mk::normalized {

// A well-formedness error of the XML parser, with its line and column.
message parse_problem(const xmlError& err);

// A schema validity error: the element (and attribute) it is about, the value, and what is allowed.
message validity_problem(const xmlError& err);

}  // namespace mk::normalized
