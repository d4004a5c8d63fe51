#pragma once
// .xlsx reader: bytes → neutral workbook.
#include <string_view>

#include "src/container/workbook.hpp"

namespace mk {

// Reads an .xlsx package; throws mk::error (naming the part and place) when it is unusable.
workbook read_xlsx(std::string_view bytes);

}  // namespace mk
