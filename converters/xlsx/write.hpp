#pragma once
// .xlsx writer: neutral workbook → bytes.
#include <string>

#include "src/container/workbook.hpp"

namespace mk {

// The workbook as an .xlsx package: deterministic (the same workbook gives the same bytes).
std::string write_xlsx(const workbook& book);

}  // namespace mk
