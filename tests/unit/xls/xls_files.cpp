#include "tests/unit/xls/xls_files.hpp"

#include <doctest/doctest.h>

#include "src/core/file_io.hpp"

namespace mk::test {

std::string xls_bytes(std::string_view name) {
    return read_input_file(std::string(MK_SOURCE_DIR) + "/tests/data/xls/" + std::string(name));
}

std::string patched(std::string bytes, std::string_view marker, std::size_t at, std::uint64_t value, int width) {
    std::size_t found = 0;
    for (std::size_t place = bytes.find(marker); place != std::string::npos; place = bytes.find(marker, place + 1)) {
        for (int i = 0; i < width; ++i)
            bytes[place + at + static_cast<std::size_t>(i)] = static_cast<char>(value >> (8 * i));
        ++found;
    }
    REQUIRE_MESSAGE(found > 0, "no record to patch");
    return bytes;
}

}  // namespace mk::test
