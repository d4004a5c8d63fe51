#include "converters/docx/write.hpp"

#include "converters/docx/write_parts.hpp"
#include "converters/package/opc_writer.hpp"
#include "converters/package/zip_writer.hpp"

namespace mk {

std::string write_docx(const document& doc) {
    using namespace docx;
    bool has_header = !doc.page_headers.empty();
    style_ids styles(doc);
    document_xml body = document_part(doc, styles);
    core_properties properties;
    properties.title = doc.title;
    properties.creator = "malkedja";
    std::vector<zip_entry> entries = {
        {"[Content_Types].xml", content_types_part(has_header)},
        {"_rels/.rels", write_package_relationships("word/document.xml")},
        {"docProps/core.xml", write_core_properties(properties)},
        {"docProps/app.xml", write_app_properties()},
        {"word/document.xml", std::move(body.xml)},
        {"word/_rels/document.xml.rels", document_relationships_part(has_header)},
        {"word/styles.xml", styles_part(styles)},
        {"word/numbering.xml", numbering_part(body.numbered_lists)},
        {"word/footer1.xml", footer_part(doc, styles)},
    };
    if (has_header) entries.push_back({"word/header1.xml", header_part(doc, styles)});
    return write_zip(entries);
}

}  // namespace mk
