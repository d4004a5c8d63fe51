// Fuzz target: the .xls reader (the compound-file and record checks, then FreeXL), under the memory
// budget a load has in the pipeline, so that what FreeXL would allocate is counted as in real use.
#include "converters/xls/read.hpp"
#include "src/core/memory_budget.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) {
        mk::load_budget budget(bytes);
        mk::read_xls(bytes);
    });
}
