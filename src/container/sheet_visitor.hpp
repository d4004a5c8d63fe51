#pragma once
// Beside the workbook container: a reader hands the cells of each sheet to a visitor as it finds
// them, so that a caller that only passes them on holds no more than one cell at a time.
#include "src/container/workbook.hpp"

namespace mk {

// What a streaming workbook reader tells, sheet by sheet in workbook order: the same sheets,
// cells, merges and errors as the container gets from the format's reader. A sheet is known only
// once it begins (an .ods names each table where it starts), so a visitor that picks a sheet by
// name or number picks it as sheets begin.
class sheet_visitor {
public:
    virtual ~sheet_visitor() = default;
    // A sheet starts; header has its name and visibility.
    virtual void begin_sheet(const sheet& header) = 0;
    // A non-empty cell; cells come sorted by row, then column, each place once.
    virtual void add_cell(const cell& c) = 0;
    // A non-empty text cell given by its text alone, which need not outlive the call: what
    // add_cell of a cell of type string with that text at row and col tells, without the copy.
    virtual void add_text(std::uint32_t row, std::uint32_t col, std::string_view text) = 0;
    // A merged range, in the file's order, after every cell of the sheet.
    virtual void add_merge(const cell_range& range) = 0;
    // The sheet begun last has ended, every cell and merge given.
    virtual void end_sheet() = 0;
    // Instead of end_sheet, when the sheet's cells did not come sorted: what was given since
    // begin_sheet does not count, and s is the whole sheet as the container holds it (finished).
    virtual void whole_sheet(const sheet& s) = 0;
};

}  // namespace mk
