#pragma once
// .xlsx reader: bytes (in memory or read from their file) → neutral workbook.
#include <string_view>

#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"
#include "src/core/byte_source.hpp"

namespace mk {

// Reads an .xlsx package; throws mk::error (naming the part and place) when it is unusable.
workbook read_xlsx(const byte_source& bytes);

// Reads an .xlsx package as read_xlsx does, with the same cells and errors, but hands each sheet to
// visitor as it is read instead of keeping it: a sheet whose cells come sorted holds no cell in
// memory, any other is read whole and given to visitor.whole_sheet.
void visit_xlsx(const byte_source& bytes, sheet_visitor& visitor);

}  // namespace mk
