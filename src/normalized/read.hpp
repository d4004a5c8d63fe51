#pragma once
// Normalized XML back into the model.
#include <cstddef>
#include <string_view>

#include "src/model/document.hpp"

namespace mk::normalized {

// Most goals one goal chain may hold from its top down: real chains have five levels (kf to
// medarbetare); a deeper one is refused before any walk of the chain is made.
inline constexpr std::size_t max_chain_depth = 32;

// The model held by bytes; throws mk::error (see validate_normalized) unless they are a valid
// normalized document of a known major version whose goal chains are at most max_chain_depth deep.
model::document read_normalized(std::string_view bytes);

}  // namespace mk::normalized
