#include "converters/odt/write_parts.hpp"

namespace mk::odt {
namespace {

void write_file_entry(xml_writer& out, std::string_view path, std::string_view media_type) {
    out.start("manifest:file-entry");
    out.attribute("manifest:full-path", path);
    if (path == "/") out.attribute("manifest:version", odf_version);
    out.attribute("manifest:media-type", media_type);
    out.end();
}

}  // namespace

std::string manifest_part() {
    xml_writer out;
    out.start("manifest:manifest");
    out.attribute("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    out.attribute("manifest:version", odf_version);
    write_file_entry(out, "/", text_media_type);
    for (std::string_view part : {"content.xml", "styles.xml", "meta.xml"}) write_file_entry(out, part, "text/xml");
    out.end();
    return out.finish();
}

}  // namespace mk::odt
