// Fuzz target: format detection and the reader it chooses, as the command line reads any file, and
// the memory of its filling a document keeps (read by sk collect and sk generate --update).
#include "converters/registry.hpp"
#include "src/normalized/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) {
        const mk::file_format& f = mk::detect_format(bytes);
        mk::fill_memory_of(bytes);
        if (f.read_document)
            f.read_document(bytes);
        else if (f.read_workbook)
            f.read_workbook(bytes, "blad");
        else
            mk::normalized::read_normalized(bytes);
    });
}
