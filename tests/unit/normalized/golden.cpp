#include "golden.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

void check_golden(std::string_view relative_path, const std::string& actual) {
    std::string path = std::string(MK_SOURCE_DIR) + "/tests/golden/" + std::string(relative_path);
    const char* update = std::getenv("MK_UPDATE_GOLDEN");
    if (update != nullptr && std::string_view(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("rewrote " << relative_path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing golden file " << relative_path << " (run with MK_UPDATE_GOLDEN=1)");
    std::stringstream expected;
    expected << in.rdbuf();
    CHECK_MESSAGE(expected.str() == actual, relative_path << " differs (run with MK_UPDATE_GOLDEN=1 to accept)");
}
