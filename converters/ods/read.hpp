#pragma once
// .ods reader: bytes (in memory or read from their file) → neutral workbook.
#include <string_view>

#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"
#include "src/core/byte_source.hpp"

namespace mk {

// Reads an .ods package; throws mk::error (naming the part and place) when it is unusable.
workbook read_ods(const byte_source& bytes);

// Reads as read_ods does, handing the sheets to visitor as they come (see sheet_visitor.hpp).
void visit_ods(const byte_source& bytes, sheet_visitor& visitor);

}  // namespace mk
