#pragma once
// .ods reader: bytes → neutral workbook.
#include <string_view>

#include "src/container/workbook.hpp"

namespace mk {

// Reads an .ods package; throws mk::error (naming the part and place) when it is unusable.
workbook read_ods(std::string_view bytes);

}  // namespace mk
