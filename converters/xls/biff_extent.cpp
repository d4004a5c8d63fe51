#include "converters/xls/biff_extent.hpp"

#include <algorithm>
#include <string>

#include "converters/xls/damaged.hpp"
#include "converters/xls/limits.hpp"
#include "converters/xls/little_endian.hpp"

namespace mk::xls {
namespace {

// Longest record body BIFF8 writes (MS-XLS 2.1.4); FreeXL reads a record into a buffer this long.
constexpr std::size_t max_record_size = 8224;

constexpr std::uint16_t bof = 0x0809;
constexpr std::uint16_t filepass = 0x002F;
constexpr std::uint16_t dimensions = 0x0200;
constexpr std::uint16_t sst = 0x00FC;
constexpr std::uint16_t mulrk = 0x00BD;
constexpr std::uint16_t mulblank = 0x00BE;

// Records whose body starts with the cell's row and column (16 bits each).
bool is_cell_record(std::uint16_t type) {
    switch (type) {
        case 0x0006:  // FORMULA
        case 0x00FD:  // LABELSST
        case 0x0201:  // BLANK
        case 0x0203:  // NUMBER
        case 0x0204:  // LABEL
        case 0x0205:  // BOOLERR
        case 0x027E:  // RK
        case mulrk:
        case mulblank: return true;
        default: return false;
    }
}

void check_grid(std::uint64_t rows, std::uint64_t cols) {
    if (rows > limits::max_rows || cols > limits::max_cols)
        throw_damaged("xls.damaged",
                      "ett blad säger sig ha {0} rader och {1} kolumner (en .xls-fil rymmer högst 65536 × 256)",
                      "a sheet claims {0} rows and {1} columns (an .xls file holds at most 65536 × 256)",
                      {std::to_string(rows), std::to_string(cols)});
}

}  // namespace

biff_extent measure_biff(std::string_view stream) {
    biff_extent extent;
    // The furthest cell of the current sheet, as rows and columns counted from 1.
    std::uint64_t rows = 0;
    std::uint64_t cols = 0;
    auto end_sheet = [&] {
        extent.grid_cells += rows * cols;
        rows = cols = 0;
    };
    for (std::size_t at = 0; at + 4 <= stream.size();) {
        std::uint16_t type = le16(stream, at);
        std::size_t size = le16(stream, at + 2);
        if (size > max_record_size || at + 4 + size > stream.size())
            throw_damaged("xls.damaged", "en post är {0} byte lång", "a record is {0} bytes long",
                          {std::to_string(size)});
        std::string_view body = stream.substr(at + 4, size);
        at += 4 + size;
        if (type == filepass) {
            extent.encrypted = true;
            return extent;
        }
        if (type == bof) {
            end_sheet();
        } else if (type == dimensions && size >= 14) {
            check_grid(le32(body, 4), le16(body, 10));
            extent.grid_cells += std::uint64_t{le32(body, 4)} * le16(body, 10);
        } else if (type == dimensions && size >= 10) {
            check_grid(le16(body, 2), le16(body, 6));
            extent.grid_cells += std::uint64_t{le16(body, 2)} * le16(body, 6);
        } else if (type == sst && size >= 8) {
            if (le32(body, 4) > stream.size())
                throw_damaged("xls.damaged", "tabellen av delade texter säger sig ha {0} texter",
                              "the shared-string table claims {0} strings", {std::to_string(le32(body, 4))});
            extent.shared_strings += le32(body, 4);
        } else if (is_cell_record(type) && size >= 4) {
            std::uint64_t last_col = (type == mulrk || type == mulblank) && size >= 6 ? le16(body, size - 2) : 0;
            rows = std::max<std::uint64_t>(rows, le16(body, 0) + 1u);
            cols = std::max<std::uint64_t>(cols, std::max<std::uint64_t>(le16(body, 2), last_col) + 1);
            check_grid(rows, cols);
        }
    }
    end_sheet();
    return extent;
}

}  // namespace mk::xls
