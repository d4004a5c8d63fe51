#pragma once
// What the readers decided by guessing, told in the summary's words.
#include <string>
#include <vector>

#include "src/model/assumption.hpp"

namespace mk::pipeline {

// One line per group of assumptions in the current language: the columns of a sheet read by a
// synonym ("atagande-2018.xlsx: kolumner lästa efter sina rubriker på bladet …: \"Mål\" som KF-mål,
// …"), the units from the sheets' or the files' names, the years of a file or of the files.
std::vector<std::string> assumption_lines(const std::vector<model::assumption>& assumptions);

}  // namespace mk::pipeline
