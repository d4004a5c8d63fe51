#include "converters/docx/write_parts.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::docx {
namespace {

constexpr std::string_view package_relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view office_relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

void write_relationship(xml_writer& out, std::string_view id, std::string_view type, std::string_view target) {
    out.start("Relationship");
    out.attribute("Id", id);
    out.attribute("Type", type);
    out.attribute("Target", target);
    out.end();
}

std::string office_type(std::string_view name) { return std::string(office_relationship) + std::string(name); }

}  // namespace

std::string package_relationships_part() {
    xml_writer out;
    out.start("Relationships");
    out.attribute("xmlns", package_relationships);
    write_relationship(out, "rId1", office_type("officeDocument"), "word/document.xml");
    write_relationship(out, "rId2",
                       "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                       "docProps/core.xml");
    write_relationship(out, "rId3", office_type("extended-properties"), "docProps/app.xml");
    out.end();
    return out.finish();
}

std::string document_relationships_part(bool has_header) {
    xml_writer out;
    out.start("Relationships");
    out.attribute("xmlns", package_relationships);
    write_relationship(out, styles_id, office_type("styles"), "styles.xml");
    write_relationship(out, numbering_id, office_type("numbering"), "numbering.xml");
    write_relationship(out, footer_id, office_type("footer"), "footer1.xml");
    if (has_header) write_relationship(out, header_id, office_type("header"), "header1.xml");
    out.end();
    return out.finish();
}

}  // namespace mk::docx
