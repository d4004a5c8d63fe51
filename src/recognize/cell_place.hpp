#pragma once
// The place of one cell of a sheet, made the same way by every reader of a follow-up.
#include <cstdint>

#include "src/container/workbook.hpp"
#include "src/model/provenance.hpp"

namespace mk::recognize {

// The place of the cell at row and col (0-based) of the sheet placed at sheet_place: a copy of it,
// sharing its file and sheet names, with the cell's A1 reference ("D14").
inline model::source_ref cell_place(const model::source_ref& sheet_place, std::uint32_t row, std::uint32_t col) {
    model::source_ref place = sheet_place;
    place.cell = format_a1(row, col);
    return place;
}

}  // namespace mk::recognize
