// Fuzz target: the normalized XML reader (schema validation and the model built from it).
#include "src/normalized/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) { mk::normalized::read_normalized(bytes); });
}
