#include "converters/docx/write_parts.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::docx {
namespace {

constexpr std::string_view wordprocessing_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

void write_default(xml_writer& out, std::string_view extension, std::string_view type) {
    out.start("Default");
    out.attribute("Extension", extension);
    out.attribute("ContentType", type);
    out.end();
}

void write_override(xml_writer& out, std::string_view part, std::string_view type) {
    out.start("Override");
    out.attribute("PartName", part);
    out.attribute("ContentType", type);
    out.end();
}

}  // namespace

std::string content_types_part(bool has_header) {
    xml_writer out;
    out.start("Types");
    out.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    write_default(out, "rels", "application/vnd.openxmlformats-package.relationships+xml");
    write_default(out, "xml", "application/xml");
    std::string word(wordprocessing_type);
    write_override(out, "/word/document.xml", word + "document.main+xml");
    write_override(out, "/word/styles.xml", word + "styles+xml");
    write_override(out, "/word/numbering.xml", word + "numbering+xml");
    write_override(out, "/word/footer1.xml", word + "footer+xml");
    if (has_header) write_override(out, "/word/header1.xml", word + "header+xml");
    write_override(out, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    write_override(out, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    out.end();
    return out.finish();
}

}  // namespace mk::docx
