#pragma once
// Checking bytes against the normalized schema.
#include <string_view>

namespace mk::normalized {

// Throws mk::error unless bytes are a normalized document of a known major version that validates
// against schema/malkedja.xsd: not XML, a DOCTYPE, another root, an unknown major version, or a
// schema violation (with its line and libxml2's message).
void validate_normalized(std::string_view bytes);

}  // namespace mk::normalized
