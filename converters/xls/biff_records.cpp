#include "converters/xls/biff_records.hpp"

#include <cstring>

#include "converters/xls/damaged.hpp"

namespace mk::xls {

bool is_cell_record(std::uint16_t type) {
    switch (type) {
        case record::formula:
        case record::labelsst:
        case record::blank:
        case record::label:
        case record::boolerr:
        case record::number:
        case record::rk:
        case record::mulrk:
        case record::mulblank: return true;
        default: return false;
    }
}

void throw_bad_record(std::size_t size) {
    throw_damaged("xls.damaged", "en post är {0} byte lång", "a record is {0} bytes long", {std::to_string(size)});
}

double rk_value(std::uint32_t rk) {
    double value = 0;
    if (rk & 2) {
        value = static_cast<double>(static_cast<std::int32_t>(rk) >> 2);
    } else {
        std::uint64_t bits = std::uint64_t{rk & 0xFFFFFFFCu} << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return rk & 1 ? value / 100 : value;
}

double double_at(std::string_view bytes, std::size_t at) {
    std::uint64_t bits = le64(bytes, at);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

std::string format_code(std::string_view body, bool biff8) {
    std::string code;
    auto ascii = [](unsigned char c) { return c < 0x80 ? static_cast<char>(c) : '?'; };
    if (biff8 && body.size() >= 5) {
        std::size_t length = le16(body, 2);
        bool wide = body[4] & 1;
        for (std::size_t i = 0, at = 5; i < length && at + (wide ? 2 : 1) <= body.size(); ++i, at += wide ? 2 : 1)
            code += wide && body[at + 1] != 0 ? '?' : ascii(body[at]);
    } else if (!biff8 && body.size() >= 3) {
        for (char c : body.substr(3, static_cast<unsigned char>(body[2]))) code += ascii(c);
    }
    return code;
}

}  // namespace mk::xls
