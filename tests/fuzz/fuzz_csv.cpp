// Fuzz target: the .csv reader (separator detection, quoting, encodings), and the streamed reader of
// `malkedja cells` against it: visit_csv gives the dump of read_csv's sheet, or the same error.
#include "converters/csv/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes = mk::fuzz::bytes_of(data, size);
    std::string whole = mk::fuzz::dump_or_error([bytes](mk::string_dump& out) {
        for (const mk::sheet& s : mk::read_csv(bytes, "blad").sheets) mk::dump_sheet(s, out);
    });
    std::string streamed = mk::fuzz::dump_or_error([bytes](mk::string_dump& out) {
        mk::dump_visitor dump(true, {}, out);
        mk::visit_csv(bytes, "blad", dump);
    });
    if (streamed != whole) __builtin_trap();
    return 0;
}
