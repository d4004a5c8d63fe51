#pragma once
// The cell formats (XF records) of a BIFF workbook stream, as the .xls reader needs them: what each
// one's number format makes of a number, and its solid fill colour. FreeXL gives neither.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "converters/xlsx/number_formats.hpp"

namespace mk::xls {

class biff_styles {
public:
    // Takes in a record of the workbook globals: FORMAT, XF and PALETTE (others are ignored); biff8
    // when the stream is BIFF8's (fills are read only from BIFF8's cell formats).
    void add(std::uint16_t type, std::string_view body, bool biff8);
    // What the number format of cell format xf makes of a number (a plain number for an unknown xf).
    xlsx::format_kind kind(std::uint16_t xf) const;
    // The solid fill of cell format xf as RRGGBB; empty for none (patterns other than solid are not read).
    std::string fill(std::uint16_t xf) const;

private:
    struct format_entry {
        std::uint16_t id = 0;
        xlsx::format_kind kind = xlsx::format_kind::number;
    };
    struct xf_entry {
        xlsx::format_kind kind = xlsx::format_kind::number;
        // The palette index of the solid fill's colour, or -1 for none.
        int fill = -1;
    };
    std::vector<format_entry> formats_;
    std::vector<xf_entry> xfs_;
    // Colours 8–63 a PALETTE record sets, as RRGGBB; empty: the default palette.
    std::vector<std::string> palette_;
};

}  // namespace mk::xls
