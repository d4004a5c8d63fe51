#include "converters/odt/write_parts.hpp"

namespace mk::odt {

void write_namespaces(xml_writer& out) {
    out.attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    out.attribute("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    out.attribute("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    out.attribute("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    out.attribute("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
    out.attribute("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    out.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    out.attribute("office:version", odf_version);
}

}  // namespace mk::odt
