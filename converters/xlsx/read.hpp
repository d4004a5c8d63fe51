#pragma once
// .xlsx reader: bytes → neutral workbook.
#include <string_view>

#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"

namespace mk {

// Reads an .xlsx package; throws mk::error (naming the part and place) when it is unusable.
workbook read_xlsx(std::string_view bytes);

// Reads an .xlsx package as read_xlsx does, with the same cells and errors, but hands each sheet to
// visitor as it is read instead of keeping it: a sheet whose cells come sorted holds no cell in
// memory, any other is read whole and given to visitor.whole_sheet.
void visit_xlsx(std::string_view bytes, sheet_visitor& visitor);

}  // namespace mk
