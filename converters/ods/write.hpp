#pragma once
// .ods writer: neutral workbook → bytes.
#include <string>

#include "src/container/workbook.hpp"

namespace mk {

// The workbook as an .ods package: deterministic (the same workbook gives the same bytes).
std::string write_ods(const workbook& book);

}  // namespace mk
