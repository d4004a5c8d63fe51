// Fuzz target: the .ods reader, and the streamed reader of `malkedja cells` against it: visit_ods
// gives the dump of read_ods's workbook, or the same error.
#include "converters/ods/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes = mk::fuzz::bytes_of(data, size);
    std::string whole = mk::fuzz::dump_or_error([bytes](mk::string_dump& out) {
        for (const mk::sheet& s : mk::read_ods(bytes).sheets) mk::dump_sheet(s, out);
    });
    std::string streamed = mk::fuzz::dump_or_error([bytes](mk::string_dump& out) {
        mk::dump_visitor dump(true, {}, out);
        mk::visit_ods(bytes, dump);
    });
    if (streamed != whole) __builtin_trap();
    return 0;
}
