// Zip entries whose declared inflated size lies: the bytes are intact (the CRC matches), the headers not.
#include <doctest/doctest.h>

#include <cstdint>

#include "converters/package/zip.hpp"
#include "error_code.hpp"
#include "zip_writer.hpp"

namespace {

// bytes with the 32-bit little-endian size at offset `local` of the local header and `central` of
// the central directory header replaced by size.
std::string with_size(std::string bytes, std::size_t local, std::size_t central, std::uint32_t size) {
    std::size_t local_at = bytes.find("PK\3\4");
    std::size_t central_at = bytes.find("PK\1\2");
    REQUIRE(local_at != std::string::npos);
    REQUIRE(central_at != std::string::npos);
    for (int i = 0; i < 4; ++i) {
        bytes[local_at + local + i] = static_cast<char>(size >> (8 * i));
        bytes[central_at + central + i] = static_cast<char>(size >> (8 * i));
    }
    return bytes;
}

std::string read_part(const std::string& bytes) {
    return mk::test::error_code([&] { mk::zip_package::open(bytes).read("part.xml"); });
}

}  // namespace

TEST_CASE("an entry whose declared size lies is refused as damaged, smaller or larger than its bytes") {
    std::string bytes = mk::test::make_zip({{"part.xml", "<a>text long enough to be compressed, compressed</a>"}});
    // The uncompressed size is at offset 22 of the local header and 24 of the central directory header.
    CHECK(read_part(with_size(bytes, 22, 24, 4)) == "zip.damaged");
    CHECK(read_part(with_size(bytes, 22, 24, 0xFFFFFFF0u)) == "zip.damaged");
    CHECK(read_part(bytes) == "no error");
}
