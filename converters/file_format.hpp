#pragma once
// A file format as the rest of malkedja sees it: one row of the table of formats
// (converters/formats.cpp), like pandoc's lists of readers and writers. The pipeline and the
// commands ask the table (through converters/registry.hpp); none of them names a format's reader,
// writer or filler itself.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"
#include "src/container/fill_plan.hpp"
#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"
#include "src/core/byte_source.hpp"

namespace mk {

// What a format's files hold.
enum class format_kind {
    // Sheets of cells: read into and written from the neutral workbook.
    workbook,
    // Headings, paragraphs, lists and tables: the neutral document.
    document,
    // The goal chain itself (normalized XML, the report's JSON): read and written by the domain
    // layer (src/normalized, src/report), so such a row has no container reader or writer.
    goal_chain,
};

// Where the detector looks for a format's signatures: never at the file name.
enum class format_container {
    // An OOXML (OPC) package: signatures are prefixes of the main part's content type.
    ooxml,
    // An OpenDocument package: signatures are its mimetype, exactly.
    odf,
    // A compound file (OLE/CFB): signatures are stream names, any of which is enough.
    compound_file,
    // Any other bytes: signatures are prefixes of the bytes ("%PDF").
    magic,
    // Text whose first character (after a byte-order mark and white space) is '<'.
    xml,
    // Any other bytes: the one fallback row.
    text,
    // Never recognised from bytes: a format that is only written.
    none,
};

// A format that is recognised but not read: the error and what the user can do.
struct format_refusal {
    std::string_view code;
    std::string_view sv;
    std::string_view en;
};

struct file_format {
    // Short lower-case name used in messages and options ("xlsx").
    std::string_view name = {};
    // File name extensions, lower case with the dot; the first is the one written (".xlsx", ".xlsm").
    std::vector<std::string_view> extensions = {};
    // The media type a download of it has ("text/csv; charset=utf-8").
    std::string_view media_type = {};
    format_kind kind = format_kind::workbook;
    format_container container = format_container::none;
    std::vector<std::string_view> signatures = {};
    // The reader, writer and template filler of its kind; null where the format has none.
    workbook (*read_workbook)(const byte_source& bytes, std::string_view file_name) = nullptr;
    // Reads as read_workbook does, handing the sheets to a visitor as they come (see sheet_visitor.hpp).
    void (*visit_workbook)(const byte_source& bytes, std::string_view file_name, sheet_visitor& visitor) = nullptr;
    std::string (*write_workbook)(const workbook& book) = nullptr;
    document (*read_document)(std::string_view bytes) = nullptr;
    // A document reader that hands the top-level blocks of the body over as it reads them, never
    // holding the body whole; null where the format is read whole.
    document (*stream_document)(std::string_view bytes, const block_sink& body) = nullptr;
    std::string (*write_document)(const document& doc) = nullptr;
    filled_document (*fill)(std::string_view template_bytes, const fill_plan& plan) = nullptr;
    // The text of the fill memory a document its filler filled keeps; nullopt when it keeps none.
    std::optional<std::string> (*fill_memory)(std::string_view bytes) = nullptr;
    // A workbook format that holds one sheet only (CSV): its writer keeps the first sheet, and it
    // cannot hold what needs several sheets (the SK results file, the SK workbook).
    bool one_sheet = false;
    // For goal_chain rows: whether the domain layer reads and writes it. The one read back is
    // normalized XML (src/normalized); one only written is the report's JSON (src/report).
    bool chain_read = false;
    bool chain_write = false;
    // Set for a format that is recognised only to be refused with this message.
    std::optional<format_refusal> refusal = std::nullopt;

    // Whether malkedja reads this format (into its kind's container, or the goal chain).
    bool readable() const { return read_workbook || read_document || chain_read; }
    // Whether malkedja writes this format.
    bool writable() const { return write_workbook || write_document || chain_write; }
};

// Every format, in the order detection tries them within one container.
std::span<const file_format> all_formats();

}  // namespace mk
