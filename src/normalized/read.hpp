#pragma once
// Normalized XML back into the model.
#include <string_view>

#include "src/model/document.hpp"

namespace mk::normalized {

// The model held by bytes; throws mk::error (see validate_normalized) unless they are a valid
// normalized document of a known major version.
model::document read_normalized(std::string_view bytes);

}  // namespace mk::normalized
