// Fuzz target: the .xlsx reader, and the streamed reader of `malkedja cells` against it: visit_xlsx
// gives the dump of read_xlsx's workbook, or the same error.
#include "converters/xlsx/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_streamed_as_whole(
        data, size, [](std::string_view bytes) { return mk::read_xlsx(bytes); },
        [](std::string_view bytes, mk::sheet_visitor& visitor) { mk::visit_xlsx(bytes, visitor); });
}
