#pragma once
// Date serials as the .xlsx writer stores them (the 1900 date system).
#include <optional>

#include "src/container/iso_moment.hpp"

namespace mk::xlsx {

// The 1900-system serial of moment: days since 1899-12-30 plus the fraction of the day, one less
// before 1900-03-01 (Excel counts a fictitious 1900-02-29). nullopt before 1900-01-01, which the
// system cannot hold, except 1899-12-30 itself (serial 0: a time of day alone).
std::optional<double> excel_serial(const iso_moment& moment);

}  // namespace mk::xlsx
