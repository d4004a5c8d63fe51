#include "converters/registry.hpp"

#include "converters/package/fill_memory.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/zip.hpp"
#include "converters/xls/compound_file.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/text/ascii.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace mk {
namespace {

constexpr std::string_view compound_file_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// Whether a compound file (OLE/CFB) holds a directory entry with this name (stored as UTF-16LE).
bool has_stream(std::string_view bytes, std::string_view ascii_name) {
    std::string utf16;
    for (char c : ascii_name) {
        utf16 += c;
        utf16 += '\0';
    }
    return bytes.find(utf16) != std::string_view::npos;
}

// The first row of container for which matches(signature) holds for one of its signatures.
template <class Matches>
const file_format* first_match(format_container container, Matches matches) {
    for (const file_format& f : all_formats()) {
        if (f.container != container) continue;
        for (std::string_view signature : f.signatures)
            if (matches(signature)) return &f;
        if (f.signatures.empty() && matches(std::string_view{})) return &f;
    }
    return nullptr;
}

const file_format& accepted(const file_format& f) {
    if (f.refusal) throw error(std::string(f.refusal->code), tr(f.refusal->sv, f.refusal->en));
    return f;
}

const file_format& detect_compound_file(std::string_view bytes) {
    if (has_stream(bytes, "EncryptedPackage") || has_stream(bytes, "EncryptionInfo"))
        throw error("ole.encrypted", tr("filen är lösenordsskyddad: spara den utan lösenord och försök igen",
                                        "the file is password-protected: save it without a password and try again"));
    auto stream = [&](std::string_view name) { return !name.empty() && has_stream(bytes, name); };
    if (const file_format* f = first_match(format_container::compound_file, stream)) return accepted(*f);
    if (std::optional<std::uint64_t> needed = xls::size_needed_for_directory(bytes))
        throw error("ole.cut_short",
                    tr("filen är avkortad: den slutar efter {0} byte, men dess katalog når till byte {1}; skaffa en "
                       "hel kopia av filen",
                       "the file is cut short: it ends after {0} bytes, but its directory reaches to byte {1}; get a "
                       "whole copy of the file",
                       {std::to_string(bytes.size()), std::to_string(*needed)}));
    throw error("ole.unknown", tr("filen är ett gammalt binärt Office-dokument: spara den som .xlsx eller .docx",
                                  "the file is an old binary Office document: save it as .xlsx or .docx"));
}

const file_format& detect_package(const byte_source& bytes) {
    zip_package package = zip_package::open(bytes);
    if (package.contains("mimetype")) {
        std::string mimetype = package.read("mimetype");
        if (!package.contains("META-INF/manifest.xml"))
            throw error("odf.no_manifest", tr("filen saknar META-INF/manifest.xml och är därför inget giltigt "
                                              "OpenDocument: spara om den i LibreOffice",
                                              "the file has no META-INF/manifest.xml and so is no valid "
                                              "OpenDocument: save it again in LibreOffice"));
        auto same = [&](std::string_view signature) { return !signature.empty() && mimetype == signature; };
        if (const file_format* f = first_match(format_container::odf, same)) return accepted(*f);
        throw error("odf.unsupported",
                    tr("OpenDocument-typen \"{0}\" stöds inte: använd .ods eller .odt",
                       "the OpenDocument type \"{0}\" is not supported: use .ods or .odt", {mimetype.substr(0, 100)}));
    }
    if (!package.contains("[Content_Types].xml"))
        throw error("zip.not_office",
                    tr("filen är ett zip-paket men inget kontorsdokument (varken [Content_Types].xml eller "
                       "mimetype finns)",
                       "the file is a zip package but no office document (it has neither [Content_Types].xml "
                       "nor mimetype)"));
    std::string type = content_type_of(package, main_document_part(package));
    auto prefix = [&](std::string_view signature) { return !signature.empty() && type.starts_with(signature); };
    if (const file_format* f = first_match(format_container::ooxml, prefix)) return accepted(*f);
    throw error("ooxml.unsupported",
                tr("dokumenttypen \"{0}\" stöds inte: använd .xlsx eller .docx",
                   "the document type \"{0}\" is not supported: use .xlsx or .docx", {type.substr(0, 100)}));
}

bool looks_like_xml(std::string_view bytes, std::string_view) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    while (!bytes.empty() &&
           (bytes.front() == ' ' || bytes.front() == '\n' || bytes.front() == '\r' || bytes.front() == '\t'))
        bytes.remove_prefix(1);
    return bytes.starts_with("<");
}

}  // namespace

const file_format& detect_format(const byte_source& source) {
    if (source.size() == 0) throw error("file.empty", tr("filen är tom", "the file is empty"));
    if (looks_like_zip(source)) return detect_package(source);
    std::string_view bytes = source.bytes();  // any other file is read whole (open_input)
    if (bytes.starts_with(compound_file_magic)) return detect_compound_file(bytes);
    if (std::optional<std::size_t> junk = data_before_zip(bytes))
        throw error("zip.data_before_package",
                    tr("filen är ett zip-paket (som .xlsx, .ods, .docx och .odt) med {0} byte annat innehåll framför "
                       "paketet: filen är skadad; öppna den i programmet som skapade den och spara den på nytt",
                       "the file is a zip package (as .xlsx, .ods, .docx and .odt are) with {0} bytes of other data in "
                       "front of it: the file is damaged; open it in the program that made it and save it again",
                       {std::to_string(*junk)}));
    auto magic = [&](std::string_view signature) { return !signature.empty() && bytes.starts_with(signature); };
    if (const file_format* f = first_match(format_container::magic, magic)) return accepted(*f);
    auto xml = [&](std::string_view signature) { return looks_like_xml(bytes, signature); };
    if (const file_format* f = first_match(format_container::xml, xml)) return accepted(*f);
    return accepted(*first_match(format_container::text, [](std::string_view) { return true; }));
}

const file_format* format_named(std::string_view name) {
    for (const file_format& f : all_formats())
        if (f.name == name) return &f;
    return nullptr;
}

const file_format* format_for_path(std::string_view path) {
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return nullptr;
    std::string extension = text::ascii_lower(path.substr(dot));
    for (const file_format& f : all_formats())
        for (std::string_view e : f.extensions)
            if (e == extension) return &f;
    return nullptr;
}

std::vector<const file_format*> formats_where(const std::function<bool(const file_format&)>& keep) {
    std::vector<const file_format*> out;
    for (const file_format& f : all_formats())
        if (keep(f)) out.push_back(&f);
    return out;
}

std::string extension_list(const std::vector<const file_format*>& formats) {
    std::vector<std::string> extensions;
    for (const file_format* f : formats) extensions.emplace_back(f->extensions.front());
    return alternatives(extensions);
}

byte_source open_input(const std::string& path) {
    byte_source file = open_input_file(path);
    return looks_like_zip(file) ? file : file.whole();
}

workbook read_workbook(const byte_source& bytes, std::string_view file_name) {
    const file_format& f = detect_format(bytes);
    if (f.kind != format_kind::workbook || !f.read_workbook) {
        auto readable =
            formats_where([](const file_format& g) { return g.kind == format_kind::workbook && g.readable(); });
        throw error("file.not_spreadsheet", tr("filen är inget kalkylblad: använd {0}",
                                               "the file is not a spreadsheet: use {0}", {extension_list(readable)}));
    }
    return f.read_workbook(bytes, file_name);
}

bool visit_workbook(const byte_source& bytes, std::string_view file_name, sheet_visitor& visitor) {
    const file_format& f = detect_format(bytes);
    if (!f.visit_workbook) return false;
    f.visit_workbook(bytes, file_name, visitor);
    return true;
}

namespace {

// The format of bytes, which must be a readable text document.
const file_format& document_format(std::string_view bytes) {
    const file_format& f = detect_format(bytes);
    if (f.kind != format_kind::document || !f.read_document) {
        auto readable =
            formats_where([](const file_format& g) { return g.kind == format_kind::document && g.readable(); });
        throw error("file.not_text_document",
                    tr("filen är inget textdokument: använd {0}", "the file is not a text document: use {0}",
                       {extension_list(readable)}));
    }
    return f;
}

}  // namespace

document read_document(std::string_view bytes) { return document_format(bytes).read_document(bytes); }

document read_document(std::string_view bytes, const block_sink& body) {
    const file_format& f = document_format(bytes);
    if (f.stream_document) return f.stream_document(bytes, body);
    document doc = f.read_document(bytes);
    for (block& b : doc.blocks) body(std::move(b));
    doc.blocks.clear();
    return doc;
}

std::optional<fill_memory> fill_memory_of(std::string_view bytes) {
    try {
        const file_format& f = detect_format(bytes);
        auto text = f.fill_memory ? f.fill_memory(bytes) : std::nullopt;
        return text ? decode_fill_memory(*text) : std::nullopt;
    } catch (const error&) {
        return std::nullopt;
    }
}

bool filled_and_unchanged(std::string_view bytes) {
    try {
        auto memory = fill_memory_of(bytes);
        return memory && unchanged(memory, detect_format(bytes).read_document(bytes));
    } catch (const error&) {
        return false;
    }
}

}  // namespace mk
