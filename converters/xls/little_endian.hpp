#pragma once
// Little-endian integers at an offset of bytes a caller has checked to be long enough.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mk::xls {

// The unsigned 16-bit integer at offset at of bytes (at + 2 <= bytes.size()).
inline std::uint16_t le16(std::string_view bytes, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) | static_cast<unsigned char>(bytes[at + 1])
                                                                                  << 8);
}

// The unsigned 32-bit integer at offset at of bytes (at + 4 <= bytes.size()).
inline std::uint32_t le32(std::string_view bytes, std::size_t at) {
    return std::uint32_t{le16(bytes, at)} | std::uint32_t{le16(bytes, at + 2)} << 16;
}

// The unsigned 64-bit integer at offset at of bytes (at + 8 <= bytes.size()).
inline std::uint64_t le64(std::string_view bytes, std::size_t at) {
    return std::uint64_t{le32(bytes, at)} | std::uint64_t{le32(bytes, at + 4)} << 32;
}

}  // namespace mk::xls
