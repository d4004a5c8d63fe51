#include "converters/registry.hpp"

#include <array>

#include "converters/csv/read.hpp"
#include "converters/csv/write.hpp"
#include "converters/docx/write.hpp"
#include "converters/html/write.hpp"
#include "converters/ods/write.hpp"
#include "converters/odt/write.hpp"
#include "converters/xlsx/write.hpp"
#include "converters/docx/read.hpp"
#include "converters/ods/read.hpp"
#include "converters/odt/read.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/zip.hpp"
#include "converters/xlsx/read.hpp"
#include "src/core/error.hpp"

namespace mk {
namespace {

constexpr std::string_view ole_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// Whether a compound file (OLE/CFB) holds a directory entry with this name (stored as UTF-16LE).
bool ole_has_stream(std::string_view bytes, std::string_view ascii_name) {
    std::string utf16;
    for (char c : ascii_name) {
        utf16 += c;
        utf16 += '\0';
    }
    return bytes.find(utf16) != std::string_view::npos;
}

[[noreturn]] void fail_ole(std::string_view bytes) {
    if (ole_has_stream(bytes, "EncryptedPackage") || ole_has_stream(bytes, "EncryptionInfo"))
        throw error("ole.encrypted", tr("filen är lösenordsskyddad: spara den utan lösenord och försök igen",
                                        "the file is password-protected: save it without a password and try again"));
    if (ole_has_stream(bytes, "Workbook") || ole_has_stream(bytes, "Book"))
        throw error("ole.xls", tr("filen är i det gamla .xls-formatet: spara den som .xlsx och försök igen",
                                  "the file is in the old .xls format: save it as .xlsx and try again"));
    if (ole_has_stream(bytes, "WordDocument"))
        throw error("ole.doc", tr("filen är i det gamla .doc-formatet: spara den som .docx och försök igen",
                                  "the file is in the old .doc format: save it as .docx and try again"));
    throw error("ole.unknown", tr("filen är ett gammalt binärt Office-dokument: spara den som .xlsx eller .docx",
                                  "the file is an old binary Office document: save it as .xlsx or .docx"));
}

file_format detect_package(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    if (package.contains("mimetype")) {
        std::string mimetype = package.read("mimetype");
        if (!package.contains("META-INF/manifest.xml"))
            throw error("odf.no_manifest", tr("filen saknar META-INF/manifest.xml och är därför inget giltigt "
                                              "OpenDocument: spara om den i LibreOffice",
                                              "the file has no META-INF/manifest.xml and so is no valid "
                                              "OpenDocument: save it again in LibreOffice"));
        if (mimetype == "application/vnd.oasis.opendocument.spreadsheet" ||
            mimetype == "application/vnd.oasis.opendocument.spreadsheet-template")
            return file_format::ods;
        if (mimetype == "application/vnd.oasis.opendocument.text" ||
            mimetype == "application/vnd.oasis.opendocument.text-template")
            return file_format::odt;
        throw error("odf.unsupported", tr("OpenDocument-typen \"{0}\" stöds inte: använd .ods eller .odt",
                                          "the OpenDocument type \"{0}\" is not supported: use .ods or .odt",
                                          {mimetype.substr(0, 100)}));
    }
    if (!package.contains("[Content_Types].xml"))
        throw error("zip.not_office",
                    tr("filen är ett zip-paket men inget kontorsdokument (varken [Content_Types].xml eller "
                       "mimetype finns)",
                       "the file is a zip package but no office document (it has neither [Content_Types].xml "
                       "nor mimetype)"));
    std::string type = content_type_of(package, main_document_part(package));
    if (type.starts_with("application/vnd.openxmlformats-officedocument.spreadsheetml.") ||
        type.starts_with("application/vnd.ms-excel.sheet.") || type.starts_with("application/vnd.ms-excel.template."))
        return file_format::xlsx;
    if (type.starts_with("application/vnd.openxmlformats-officedocument.wordprocessingml.") ||
        type.starts_with("application/vnd.ms-word."))
        return file_format::docx;
    throw error("ooxml.unsupported", tr("dokumenttypen \"{0}\" stöds inte: använd .xlsx eller .docx",
                                        "the document type \"{0}\" is not supported: use .xlsx or .docx",
                                        {type.substr(0, 100)}));
}

bool looks_like_xml(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    while (!bytes.empty() && (bytes.front() == ' ' || bytes.front() == '\n' || bytes.front() == '\r' ||
                              bytes.front() == '\t'))
        bytes.remove_prefix(1);
    return bytes.starts_with("<?xml") || bytes.starts_with("<");
}

}  // namespace

file_format detect_format(std::string_view bytes) {
    if (bytes.empty()) throw error("file.empty", tr("filen är tom", "the file is empty"));
    if (bytes.starts_with(ole_magic)) fail_ole(bytes);
    if (looks_like_zip(bytes)) return detect_package(bytes);
    if (bytes.starts_with("%PDF"))
        throw error("file.pdf", tr("filen är en PDF: öppna originalet i Excel eller Word och spara det som .xlsx eller "
                                   ".docx",
                                   "the file is a PDF: open the original in Excel or Word and save it as .xlsx or "
                                   ".docx"));
    if (looks_like_xml(bytes)) return file_format::normalized_xml;
    return file_format::csv;
}

std::string_view format_name(file_format format) {
    constexpr std::array<std::string_view, 6> names = {"xlsx", "ods", "csv", "docx", "odt", "xml"};
    return names[static_cast<std::size_t>(format)];
}

workbook read_workbook(std::string_view bytes, std::string_view file_name) {
    switch (detect_format(bytes)) {
        case file_format::xlsx: return read_xlsx(bytes);
        case file_format::ods: return read_ods(bytes);
        case file_format::csv: return read_csv(bytes, file_name);
        default:
            throw error("file.not_spreadsheet",
                        tr("filen är inget kalkylblad: använd .xlsx, .ods eller .csv",
                           "the file is not a spreadsheet: use .xlsx, .ods or .csv"));
    }
}

document read_document(std::string_view bytes) {
    switch (detect_format(bytes)) {
        case file_format::docx: return read_docx(bytes);
        case file_format::odt: return read_odt(bytes);
        default:
            throw error("file.not_text_document",
                        tr("filen är inget textdokument: använd .docx eller .odt",
                           "the file is not a text document: use .docx or .odt"));
    }
}

std::optional<output_format> output_format_for(std::string_view path) {
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    std::string extension;
    for (char c : path.substr(dot + 1)) extension += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    constexpr std::pair<std::string_view, output_format> known[] = {
        {"xlsx", output_format::xlsx}, {"ods", output_format::ods},   {"csv", output_format::csv},
        {"docx", output_format::docx}, {"odt", output_format::odt},   {"html", output_format::html},
        {"htm", output_format::html},  {"json", output_format::json},
    };
    for (const auto& [name, format] : known)
        if (extension == name) return format;
    return std::nullopt;
}

std::string write_workbook(const workbook& book, output_format format) {
    switch (format) {
        case output_format::xlsx: return write_xlsx(book);
        case output_format::ods: return write_ods(book);
        case output_format::csv: return book.sheets.empty() ? std::string("\xEF\xBB\xBF") : write_csv(book.sheets.front());
        default:
            throw error("output.not_workbook", tr("formatet är inget kalkylbladsformat", "the format is not a spreadsheet format"));
    }
}

std::string write_document(const document& doc, output_format format) {
    switch (format) {
        case output_format::docx: return write_docx(doc);
        case output_format::odt: return write_odt(doc);
        case output_format::html: return write_html(doc);
        default:
            throw error("output.not_document", tr("formatet är inget dokumentformat", "the format is not a document format"));
    }
}

}  // namespace mk
