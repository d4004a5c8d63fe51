// Fuzz target: format detection and the reader it chooses, as the command line reads any file.
#include "converters/registry.hpp"
#include "src/normalized/read.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) {
        switch (mk::detect_format(bytes)) {
            case mk::file_format::docx:
            case mk::file_format::odt:
                mk::read_document(bytes);
                break;
            case mk::file_format::normalized_xml:
                mk::normalized::read_normalized(bytes);
                break;
            default:
                mk::read_workbook(bytes, "blad");
        }
    });
}
