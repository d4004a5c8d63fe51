#pragma once
// Which grades and survey stages a school's stages ("F-9", "F-3", "4-9", "7-9") cover.
#include <string_view>

namespace mk::sk {

// Whether stages ("F-6") include grade (förskoleklass is 0); a school without stages covers all.
bool covers_grade(std::string_view stages, int grade);

// Whether stages overlap a survey stage ("F-3", "4-6", "7-9").
bool covers_stage(std::string_view stages, std::string_view stage);

}  // namespace mk::sk
