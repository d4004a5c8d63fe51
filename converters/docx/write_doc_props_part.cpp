#include "converters/docx/write_parts.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::docx {

std::string core_properties_part(const document& doc) {
    xml_writer out;
    out.start("cp:coreProperties");
    out.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    out.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    out.attribute("xmlns:dcterms", "http://purl.org/dc/terms/");
    out.text_element_if("dc:title", doc.title);
    out.text_element("dc:creator", "malkedja");
    out.end();
    return out.finish();
}

std::string app_properties_part() {
    xml_writer out;
    out.start("Properties");
    out.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    out.text_element("Application", "malkedja");
    out.end();
    return out.finish();
}

}  // namespace mk::docx
