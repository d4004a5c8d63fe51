#pragma once
// Golden files under tests/golden/: compared byte for byte, rewritten when MK_UPDATE_GOLDEN=1.
#include <string>
#include <string_view>

// Checks that actual equals the golden file tests/golden/<relative_path>; with the environment
// variable MK_UPDATE_GOLDEN=1 it writes actual there instead.
void check_golden(std::string_view relative_path, const std::string& actual);
