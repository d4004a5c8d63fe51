// The table of formats: one row per format. Adding a format is its folder under converters/ and
// one row here (see the README's architecture section).
#include "converters/csv/read.hpp"
#include "converters/csv/write.hpp"
#include "converters/docx/fill.hpp"
#include "converters/docx/read.hpp"
#include "converters/docx/write.hpp"
#include "converters/file_format.hpp"
#include "converters/html/write.hpp"
#include "converters/ods/read.hpp"
#include "converters/ods/write.hpp"
#include "converters/odt/fill.hpp"
#include "converters/odt/read.hpp"
#include "converters/odt/write.hpp"
#include "converters/xls/read.hpp"
#include "converters/xlsx/read.hpp"
#include "converters/xlsx/write.hpp"

namespace mk {
namespace {

using kind = format_kind;
using in = format_container;

// A workbook reader that needs no file name (only a CSV file's names its sheet).
template <workbook (*read)(const byte_source&)>
workbook unnamed(const byte_source& bytes, std::string_view) {
    return read(bytes);
}

// The same for a streaming workbook reader.
template <void (*visit)(const byte_source&, sheet_visitor&)>
void unnamed(const byte_source& bytes, std::string_view, sheet_visitor& visitor) {
    visit(bytes, visitor);
}

// A workbook reader of bytes in memory: a file that is no zip package is always read whole.
template <workbook (*read)(std::string_view, std::string_view)>
workbook held(const byte_source& bytes, std::string_view file_name) {
    return read(bytes.bytes(), file_name);
}

// The same for a streaming workbook reader.
template <void (*visit)(std::string_view, std::string_view, sheet_visitor&)>
void held(const byte_source& bytes, std::string_view file_name, sheet_visitor& visitor) {
    visit(bytes.bytes(), file_name, visitor);
}

// The same for a reader that needs no file name.
template <workbook (*read)(std::string_view)>
workbook held(const byte_source& bytes, std::string_view) {
    return read(bytes.bytes());
}

}  // namespace

std::span<const file_format> all_formats() {
    static const std::vector<file_format> table = {
        {.name = "xlsx",
         .extensions = {".xlsx", ".xlsm"},
         .media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         .kind = kind::workbook,
         .container = in::ooxml,
         .signatures = {"application/vnd.openxmlformats-officedocument.spreadsheetml.",
                        "application/vnd.ms-excel.sheet.", "application/vnd.ms-excel.template."},
         .read_workbook = unnamed<read_xlsx>,
         .visit_workbook = unnamed<visit_xlsx>,
         .write_workbook = write_xlsx},
        {.name = "ods",
         .extensions = {".ods"},
         .media_type = "application/vnd.oasis.opendocument.spreadsheet",
         .kind = kind::workbook,
         .container = in::odf,
         .signatures = {"application/vnd.oasis.opendocument.spreadsheet",
                        "application/vnd.oasis.opendocument.spreadsheet-template"},
         .read_workbook = unnamed<read_ods>,
         .visit_workbook = unnamed<visit_ods>,
         .write_workbook = write_ods},
        {.name = "csv",
         .extensions = {".csv"},
         .media_type = "text/csv; charset=utf-8",
         .kind = kind::workbook,
         .container = in::text,
         .read_workbook = held<read_csv>,
         .visit_workbook = held<visit_csv>,
         .write_workbook = write_csv_workbook,
         .one_sheet = true},
        {.name = "docx",
         .extensions = {".docx"},
         .media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         .kind = kind::document,
         .container = in::ooxml,
         .signatures = {"application/vnd.openxmlformats-officedocument.wordprocessingml.", "application/vnd.ms-word."},
         .read_document = read_docx,
         .stream_document = read_docx,
         .write_document = write_docx,
         .fill = fill_docx,
         .fill_memory = docx_fill_memory},
        {.name = "odt",
         .extensions = {".odt"},
         .media_type = "application/vnd.oasis.opendocument.text",
         .kind = kind::document,
         .container = in::odf,
         .signatures = {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"},
         .read_document = read_odt,
         .write_document = write_odt,
         .fill = fill_odt,
         .fill_memory = odt_fill_memory},
        {.name = "html",
         .extensions = {".html", ".htm"},
         .media_type = "text/html; charset=utf-8",
         .kind = kind::document,
         .write_document = write_html},
        {.name = "xml",
         .extensions = {".xml"},
         .media_type = "application/xml",
         .kind = kind::goal_chain,
         .container = in::xml,
         .chain_read = true,
         .chain_write = true},
        {.name = "json",
         .extensions = {".json"},
         .media_type = "application/json",
         .kind = kind::goal_chain,
         .chain_write = true},
        {.name = "xls",
         .extensions = {".xls"},
         .media_type = "application/vnd.ms-excel",
         .kind = kind::workbook,
         .container = in::compound_file,
         .signatures = {"Workbook", "Book"},
         .read_workbook = held<read_xls>},
        {.name = "doc",
         .extensions = {".doc"},
         .media_type = "application/msword",
         .kind = kind::document,
         .container = in::compound_file,
         .signatures = {"WordDocument"},
         .refusal = format_refusal{"ole.doc", "filen är i det gamla .doc-formatet: spara den som .docx och försök igen",
                                   "the file is in the old .doc format: save it as .docx and try again"}},
        {.name = "pdf",
         .extensions = {".pdf"},
         .media_type = "application/pdf",
         .kind = kind::document,
         .container = in::magic,
         .signatures = {"%PDF"},
         .refusal =
             format_refusal{"file.pdf",
                            "filen är en PDF: öppna originalet i Excel eller Word och spara det som .xlsx eller "
                            ".docx",
                            "the file is a PDF: open the original in Excel or Word and save it as .xlsx or .docx"}},
    };
    return table;
}

}  // namespace mk
