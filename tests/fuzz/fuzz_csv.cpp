// Fuzz target: the .csv reader (separator detection, quoting, encodings), and the streamed reader of
// `malkedja cells` against it: visit_csv gives the dump of read_csv's sheet, or the same error.
#include "converters/csv/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_streamed_as_whole(
        data, size, [](std::string_view bytes) { return mk::read_csv(bytes, "blad"); },
        [](std::string_view bytes, mk::sheet_visitor& visitor) { mk::visit_csv(bytes, "blad", visitor); });
}
