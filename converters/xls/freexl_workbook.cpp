#include "converters/xls/freexl_workbook.hpp"

#include "converters/xls/damaged.hpp"
#include "converters/xls/limits.hpp"
#include "src/core/error.hpp"

namespace mk::xls {
namespace {

// The text cell of FreeXL's value; false for any other value. Numbers, dates, booleans and errors
// are read from the records themselves (biff_cells.hpp), which replace what FreeXL makes of them.
bool to_cell(const FreeXL_CellValue& value, cell& out) {
    if (value.type != FREEXL_CELL_TEXT && value.type != FREEXL_CELL_SST_TEXT) return false;
    out.type = cell_type::string;
    out.text = value.value.text_value ? value.value.text_value : "";
    return !out.text.empty();
}

void check_sheet_count(unsigned count) {
    if (count > limits::max_sheets)
        throw_damaged("xls.too_many_sheets", "arbetsboken säger sig ha {0} blad", "the workbook claims {0} sheets",
                      {std::to_string(count)});
}

void check_sheet(const freexl_workbook::sheet_info& info) {
    if (info.rows > limits::max_rows || info.cols > limits::max_cols)
        throw_damaged("xls.sheet_too_large",
                      "bladet \"{0}\" säger sig ha {1} rader och {2} kolumner (en .xls-fil rymmer högst 65536 × 256)",
                      "the sheet \"{0}\" claims {1} rows and {2} columns (an .xls file holds at most 65536 × 256)",
                      {info.name.substr(0, 60), std::to_string(info.rows), std::to_string(info.cols)});
}

}  // namespace

void throw_encrypted() {
    throw error("xls.encrypted", tr("filen är en lösenordsskyddad .xls-fil: öppna den i Excel eller LibreOffice, ta "
                                    "bort lösenordet och spara den som .xlsx",
                                    "the file is a password-protected .xls file: open it in Excel or LibreOffice, "
                                    "remove the password and save it as .xlsx"));
}

void check_freexl(int code) {
    if (code == FREEXL_OK) return;
    if (code == FREEXL_INSUFFICIENT_MEMORY) throw error("memory.out", out_of_memory_text());
    if (code == FREEXL_INVALID_CHARACTER || code == FREEXL_UNSUPPORTED_CHARSET)
        throw error("xls.charset",
                    tr("texten i .xls-filen har en teckenkodning som inte går att läsa (FreeXL-fel {0}): öppna den i "
                       "Excel eller LibreOffice och spara den som .xlsx",
                       "the text of the .xls file has an encoding that cannot be read (FreeXL error {0}): open it in "
                       "Excel or LibreOffice and save it as .xlsx",
                       {std::to_string(code)}));
    throw error("xls.unreadable",
                tr(".xls-filen är skadad eller av ett slag som FreeXL inte läser (FreeXL-fel {0}): öppna den i Excel "
                   "eller LibreOffice och spara den som .xlsx",
                   "the .xls file is damaged or of a kind FreeXL does not read (FreeXL error {0}): open it in Excel "
                   "or LibreOffice and save it as .xlsx",
                   {std::to_string(code)}));
}

freexl_workbook::freexl_workbook(const std::string& path) {
    int code = freexl_open(path.c_str(), &handle_);
    // FreeXL 1.0.6 answers some crafted files with FREEXL_OK and no workbook.
    if (code == FREEXL_OK && !handle_) code = FREEXL_CRAFTED_FILE;
    if (code != FREEXL_OK) {
        if (handle_) freexl_close(handle_);
        handle_ = nullptr;
        check_freexl(code);
    }
    if (info(FREEXL_BIFF_PASSWORD) != FREEXL_BIFF_PLAIN) {
        freexl_close(handle_);
        handle_ = nullptr;
        throw_encrypted();
    }
}

freexl_workbook::~freexl_workbook() {
    if (handle_) freexl_close(handle_);
}

unsigned freexl_workbook::info(unsigned short what) const {
    unsigned value = 0;
    check_freexl(freexl_get_info(handle_, what, &value));
    return value;
}

unsigned freexl_workbook::sheet_count() const {
    unsigned count = info(FREEXL_BIFF_SHEET_COUNT);
    check_sheet_count(count);
    return count;
}

freexl_workbook::sheet_info freexl_workbook::select(unsigned index) {
    sheet_info out;
    const char* name = nullptr;
    check_freexl(freexl_get_worksheet_name(handle_, static_cast<unsigned short>(index), &name));
    check_freexl(freexl_select_active_worksheet(handle_, static_cast<unsigned short>(index)));
    unsigned short cols = 0;
    check_freexl(freexl_worksheet_dimensions(handle_, &out.rows, &cols));
    out.cols = cols;
    if (name) out.name = name;
    check_sheet(out);
    return out;
}

bool freexl_workbook::read_cell(std::uint32_t row, std::uint32_t col, cell& out) const {
    FreeXL_CellValue value{};
    check_freexl(freexl_get_cell_value(handle_, row, static_cast<unsigned short>(col), &value));
    return to_cell(value, out);
}

}  // namespace mk::xls
