#include "converters/xls/biff_styles.hpp"

#include <algorithm>
#include <cstdio>

#include "converters/xls/biff_records.hpp"
#include "converters/xls/little_endian.hpp"
#include "converters/xlsx/colours.hpp"

namespace mk::xls {
namespace {

// The fill pattern of a solid fill (MS-XLS 2.5.100 FillPattern).
constexpr unsigned solid_pattern = 1;
// Palette indices of the first colour a PALETTE record sets, and one past the last (MS-XLS 2.5.161).
constexpr std::size_t first_palette_colour = 8;
constexpr std::size_t palette_end = 64;

}  // namespace

void biff_styles::add(std::uint16_t type, std::string_view body, bool biff8) {
    if (type == record::format && body.size() >= 2) {
        formats_.push_back({le16(body, 0), xlsx::format_code_kind(format_code(body, biff8))});
    } else if (type == record::xf && body.size() >= 4) {
        std::uint16_t id = le16(body, 2);
        auto custom = std::ranges::find(formats_, id, &format_entry::id);
        xf_entry entry{custom != formats_.end() ? custom->kind : xlsx::builtin_format_kind(id)};
        // BIFF8's CellXF (MS-XLS 2.4.353): fls, the fill pattern, in the top six bits of the 32 bits
        // at offset 14; icvFore, the pattern's colour, in the low seven bits at offset 18.
        if (biff8 && body.size() >= 20 && (le32(body, 14) >> 26) == solid_pattern) entry.fill = le16(body, 18) & 0x7F;
        xfs_.push_back(entry);
    } else if (type == record::palette && body.size() >= 2) {
        palette_.clear();
        for (std::size_t i = 0, count = le16(body, 0); i < count && 2 + 4 * i + 3 <= body.size(); ++i) {
            char rgb[7];
            std::snprintf(rgb, sizeof rgb, "%02X%02X%02X", static_cast<unsigned char>(body[2 + 4 * i]),
                          static_cast<unsigned char>(body[3 + 4 * i]), static_cast<unsigned char>(body[4 + 4 * i]));
            palette_.emplace_back(rgb);
        }
    }
}

xlsx::format_kind biff_styles::kind(std::uint16_t xf) const {
    return xf < xfs_.size() ? xfs_[xf].kind : xlsx::format_kind::number;
}

std::string biff_styles::fill(std::uint16_t xf) const {
    if (xf >= xfs_.size() || xfs_[xf].fill < 0) return {};
    auto index = static_cast<std::size_t>(xfs_[xf].fill);
    if (index >= first_palette_colour && index - first_palette_colour < palette_.size())
        return palette_[index - first_palette_colour];
    // 64 and 65 are the system's window colours: no fill of the workbook's own.
    if (index >= palette_end) return {};
    return std::string(xlsx::default_indexed_colour(index));
}

}  // namespace mk::xls
