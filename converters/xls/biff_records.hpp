#pragma once
// The record layer of a BIFF workbook stream (MS-XLS 2.1.4): record types the .xls reader looks at,
// and a walk over the records that checks each one's length before anyone reads its body.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "converters/xls/little_endian.hpp"

namespace mk::xls {

namespace record {
constexpr std::uint16_t formula = 0x0006;
constexpr std::uint16_t eof = 0x000A;
constexpr std::uint16_t datemode = 0x0022;
constexpr std::uint16_t filepass = 0x002F;
constexpr std::uint16_t continued = 0x003C;
constexpr std::uint16_t codepage = 0x0042;
constexpr std::uint16_t boundsheet = 0x0085;
constexpr std::uint16_t palette = 0x0092;
constexpr std::uint16_t mulrk = 0x00BD;
constexpr std::uint16_t mulblank = 0x00BE;
constexpr std::uint16_t xf = 0x00E0;
constexpr std::uint16_t mergedcells = 0x00E5;
constexpr std::uint16_t sst = 0x00FC;
constexpr std::uint16_t labelsst = 0x00FD;
constexpr std::uint16_t dimensions = 0x0200;
constexpr std::uint16_t blank = 0x0201;
constexpr std::uint16_t number = 0x0203;
constexpr std::uint16_t label = 0x0204;
constexpr std::uint16_t boolerr = 0x0205;
constexpr std::uint16_t string = 0x0207;
constexpr std::uint16_t rk = 0x027E;
constexpr std::uint16_t bof = 0x0809;
constexpr std::uint16_t format = 0x041E;
}  // namespace record

// Whether a record of this type is a cell: its body starts with the row and the column (16 bits
// each), then the cell format (or, for MULRK and MULBLANK, a cell format per column).
bool is_cell_record(std::uint16_t type);

// Calls visit(type, offset, body) for each record of stream in order, offset being where the
// record's header starts; stops early when visit returns false. Throws mk::error (a damaged file)
// when a record is longer than BIFF8 allows or runs past the stream.
template <typename Visit>
void for_each_record(std::string_view stream, Visit&& visit);

// Throws the damaged-file error of a record size bytes long.
[[noreturn]] void throw_bad_record(std::size_t size);

// Longest record body BIFF8 writes (MS-XLS 2.1.4); FreeXL reads a record into a buffer this long.
inline constexpr std::size_t max_record_size = 8224;

// The number an RK value stands for (MS-XLS 2.5.217).
double rk_value(std::uint32_t rk);

// The IEEE double stored little-endian at offset at of bytes (at + 8 <= bytes.size()).
double double_at(std::string_view bytes, std::size_t at);

// The format code of a FORMAT record's body as text, its characters outside ASCII as '?'
// (only ASCII letters, quotes, brackets and % matter to what a format code makes of a number);
// biff8 when the record is BIFF8's (a 16-bit length and a flag), else BIFF5's (an 8-bit length).
std::string format_code(std::string_view body, bool biff8);

template <typename Visit>
void for_each_record(std::string_view stream, Visit&& visit) {
    for (std::size_t at = 0; at + 4 <= stream.size();) {
        std::uint16_t type = le16(stream, at);
        std::size_t size = le16(stream, at + 2);
        if (size > max_record_size || at + 4 + size > stream.size()) throw_bad_record(size);
        if (!visit(type, at, stream.substr(at + 4, size))) return;
        at += 4 + size;
    }
}

}  // namespace mk::xls
