// Fuzz target: the .odt reader.
#include "converters/odt/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) { mk::read_odt(bytes); });
}
