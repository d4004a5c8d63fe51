// Fuzz target: the package layer, opening a zip and inflating every entry under the limits.
#include "converters/package/zip.hpp"
#include "tests/fuzz/expect_errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) {
        mk::zip_package package = mk::zip_package::open(bytes);
        for (const std::string& name : package.names()) {
            try {
                package.read(name);
            } catch (const mk::error&) {
            }
        }
    });
}
