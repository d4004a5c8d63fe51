#include "converters/odt/write_parts.hpp"

namespace mk::odt {

std::string meta_part(const document& doc) {
    xml_writer out;
    out.start("office:document-meta");
    write_namespaces(out);
    out.start("office:meta");
    out.text_element("meta:generator", "malkedja");
    out.text_element_if("dc:title", doc.title);
    out.end();
    out.end();
    return out.finish();
}

}  // namespace mk::odt
