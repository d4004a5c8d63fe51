#include "converters/package/odf_writer.hpp"
#include "converters/package/part_writer.hpp"

namespace mk {
namespace {

void write_file_entry(xml_writer& out, std::string_view path, std::string_view media_type) {
    out.start("manifest:file-entry");
    out.attribute("manifest:full-path", path);
    if (path == "/") out.attribute("manifest:version", odf_version);
    out.attribute("manifest:media-type", media_type);
    out.end();
}

}  // namespace

void write_odf_namespaces(xml_writer& out) {
    out.attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    out.attribute("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    out.attribute("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    out.attribute("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    out.attribute("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
    out.attribute("xmlns:number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");
    out.attribute("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    out.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    out.attribute("office:version", odf_version);
}

void write_a4_page_layout_properties(xml_writer& out, bool landscape_one_page_across) {
    out.start("style:page-layout-properties");
    out.attribute("fo:page-width", landscape_one_page_across ? "29.7cm" : "21cm");
    out.attribute("fo:page-height", landscape_one_page_across ? "21cm" : "29.7cm");
    out.attribute("style:print-orientation", landscape_one_page_across ? "landscape" : "portrait");
    for (std::string_view side : {"fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right"})
        out.attribute(side, "2cm");
    if (landscape_one_page_across) out.attribute("style:scale-to-X", "1");
    out.end();
}

std::string write_odf_manifest(std::string_view media_type, const std::vector<std::string_view>& parts) {
    xml_writer out = part_writer();
    out.start("manifest:manifest");
    out.attribute("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    out.attribute("manifest:version", odf_version);
    write_file_entry(out, "/", media_type);
    for (std::string_view part : parts) write_file_entry(out, part, "text/xml");
    out.end();
    return out.finish();
}

std::string write_odf_meta(const odf_meta& meta) {
    xml_writer out = part_writer();
    out.start("office:document-meta");
    write_odf_namespaces(out);
    out.start("office:meta");
    out.text_element("meta:generator", "malkedja");
    out.text_element_if("dc:title", meta.title);
    out.text_element_if("dc:subject", meta.subject);
    out.text_element_if("meta:initial-creator", meta.initial_creator);
    out.text_element_if("meta:creation-date", meta.creation_date);
    out.end();
    out.end();
    return out.finish();
}

}  // namespace mk
