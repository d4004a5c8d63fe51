#include "converters/xls/read.hpp"

#include "converters/xls/biff_cells.hpp"
#include "converters/xls/biff_extent.hpp"
#include "converters/xls/compound_file.hpp"
#include "converters/xls/freexl_child.hpp"
#include "converters/xls/freexl_workbook.hpp"
#include "converters/xls/limits.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk {
namespace {

// The workbook stream's bytes: "Workbook" (BIFF8), or "Book" (Excel 5/95).
std::string workbook_stream(const xls::compound_file& file) {
    for (std::string_view name : {"Workbook", "Book"})
        if (auto stream = file.stream(name, xls::limits::max_workbook_stream)) return std::move(*stream);
    throw error("xls.no_workbook",
                tr("filen är ett gammalt binärt Office-dokument utan arbetsbok: spara den som .xlsx",
                   "the file is an old binary Office document without a workbook: save it as .xlsx"));
}

// Adds to s, a sheet as FreeXL gives it, what FreeXL leaves out (biff_cells.hpp).
void add_extras(sheet& s, xls::biff_sheet_extras& extras) {
    s.visibility = extras.visibility;
    for (cell& c : extras.cells) s.cells.push_back(std::move(c));
    s.merges = std::move(extras.merges);
    s.fills = std::move(extras.fills);
    s.finish();
}

}  // namespace

workbook read_xls(std::string_view bytes) {
    // Before FreeXL sees the file: the container and what FreeXL would spend on it, its grids
    // counted against the memory budget (FreeXL allocates each sheet's whole grid while it opens
    // the file).
    std::string stream = workbook_stream(xls::compound_file::open(bytes));
    xls::biff_extent extent = xls::measure_biff(stream);
    if (extent.encrypted) xls::throw_encrypted();
    spend_memory(
        extent.grid_cells * xls::limits::grid_cell_bytes + extent.shared_strings * xls::limits::shared_string_bytes,
        "Workbook");
    std::vector<xls::biff_sheet_extras> extras = xls::read_biff_extras(stream);
    workbook book = xls::read_with_freexl(bytes);
    for (std::size_t i = 0; i < book.sheets.size() && i < extras.size(); ++i) add_extras(book.sheets[i], extras[i]);
    return book;
}

}  // namespace mk
