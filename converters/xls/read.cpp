#include "converters/xls/read.hpp"

#include "converters/xls/biff_extent.hpp"
#include "converters/xls/compound_file.hpp"
#include "converters/xls/damaged.hpp"
#include "converters/xls/freexl_workbook.hpp"
#include "converters/xls/limits.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk {
namespace {

// Whether text has the shape of pattern, where '9' stands for any digit ("9999-99-99").
bool shaped(std::string_view text, std::string_view pattern) {
    if (text.size() != pattern.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool digit = text[i] >= '0' && text[i] <= '9';
        if (pattern[i] == '9' ? !digit : text[i] != pattern[i]) return false;
    }
    return true;
}

// The cell of FreeXL's value at (row, col); false when it holds nothing malkedja reads. Dates come
// as FreeXL writes them from the serial and the date system: "2019-03-31", "2019-03-31 14:30:00"
// (written "2019-03-31T14:30:00", as the .xlsx reader gives a date-time format) or "14:30:00".
bool to_cell(const FreeXL_CellValue& value, cell& out) {
    switch (value.type) {
        case FREEXL_CELL_INT:
            out.type = cell_type::number;
            out.number = value.value.int_value;
            return true;
        case FREEXL_CELL_DOUBLE:
            out.type = cell_type::number;
            out.number = value.value.double_value;
            return true;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
            out.type = cell_type::string;
            out.text = value.value.text_value ? value.value.text_value : "";
            return !out.text.empty();
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME: {
            std::string_view text = value.value.text_value ? value.value.text_value : "";
            out.type = cell_type::date;
            out.text = text;
            if (shaped(text, "9999-99-99 99:99:99"))
                out.text[10] = 'T';
            else if (!shaped(text, "9999-99-99") && !shaped(text, "99:99:99"))
                out.type = cell_type::string;  // kept as FreeXL wrote it rather than dropped
            return !out.text.empty();
        }
        default: return false;
    }
}

void check_sheet_size(const xls::freexl_workbook::sheet_info& info) {
    if (info.rows > xls::limits::max_rows || info.cols > xls::limits::max_cols)
        xls::throw_damaged(
            "xls.sheet_too_large",
            "bladet \"{0}\" säger sig ha {1} rader och {2} kolumner (en .xls-fil rymmer högst 65536 × 256)",
            "the sheet \"{0}\" claims {1} rows and {2} columns (an .xls file holds at most 65536 × 256)",
            {info.name.substr(0, 60), std::to_string(info.rows), std::to_string(info.cols)});
}

// The workbook stream's bytes: "Workbook" (BIFF8), or "Book" (Excel 5/95).
std::string workbook_stream(const xls::compound_file& file) {
    for (std::string_view name : {"Workbook", "Book"})
        if (auto stream = file.stream(name, xls::limits::max_workbook_stream)) return std::move(*stream);
    throw error("xls.no_workbook",
                tr("filen är ett gammalt binärt Office-dokument utan arbetsbok: spara den som .xlsx",
                   "the file is an old binary Office document without a workbook: save it as .xlsx"));
}

}  // namespace

workbook read_xls(std::string_view bytes) {
    // Before FreeXL sees the file: the container and what FreeXL would allocate for it, counted
    // against the memory budget (FreeXL allocates each sheet's whole grid while it opens the file).
    xls::biff_extent extent = xls::measure_biff(workbook_stream(xls::compound_file::open(bytes)));
    if (extent.encrypted) xls::throw_encrypted();
    spend_memory(
        extent.grid_cells * xls::limits::grid_cell_bytes + extent.shared_strings * xls::limits::shared_string_bytes,
        "Workbook");

    xls::freexl_workbook freexl(bytes);
    workbook book;
    unsigned count = freexl.sheet_count();
    if (count > xls::limits::max_sheets)
        xls::throw_damaged("xls.too_many_sheets", "arbetsboken säger sig ha {0} blad", "the workbook claims {0} sheets",
                           {std::to_string(count)});
    for (unsigned index = 0; index < count; ++index) {
        auto info = freexl.select(index);
        check_sheet_size(info);
        spend_memory(sizeof(sheet) + info.name.size(), info.name);
        sheet& out = book.sheets.emplace_back();
        out.name = info.name;
        for (std::uint32_t row = 0; row < info.rows; ++row)
            for (std::uint32_t col = 0; col < info.cols; ++col) {
                cell c;
                if (!to_cell(freexl.cell(row, col), c)) continue;
                c.row = row;
                c.col = col;
                spend_memory(cell_memory(c), out.name);
                out.cells.push_back(std::move(c));
            }
        out.finish();
    }
    return book;
}

}  // namespace mk
