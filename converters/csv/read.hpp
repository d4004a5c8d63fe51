#pragma once
// .csv reader: bytes → neutral workbook with one sheet, every value kept as text.
#include <string_view>

#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"

namespace mk {

// Reads CSV (separator ';', ',' or tab detected; RFC 4180 quoting; UTF-8 with or without BOM, or
// Windows-1252 when the bytes are not UTF-8) into one sheet named sheet_name.
workbook read_csv(std::string_view bytes, std::string_view sheet_name);

// Reads as read_csv does, handing the sheet's cells to visitor as they are parsed, none held.
void visit_csv(std::string_view bytes, std::string_view sheet_name, sheet_visitor& visitor);

}  // namespace mk
