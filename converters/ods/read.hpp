#pragma once
// .ods reader: bytes (in memory or read from their file) → neutral workbook.
#include <string_view>

#include "src/container/workbook.hpp"
#include "src/core/byte_source.hpp"

namespace mk {

// Reads an .ods package; throws mk::error (naming the part and place) when it is unusable.
workbook read_ods(const byte_source& bytes);

}  // namespace mk
