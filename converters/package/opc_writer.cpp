#include "converters/package/opc_writer.hpp"

#include "converters/package/part_writer.hpp"
#include "converters/package/xml.hpp"
#include "src/core/xml_writer.hpp"

namespace mk {
namespace {

void write_default(xml_writer& out, std::string_view extension, std::string_view type) {
    out.start("Default");
    out.attribute("Extension", extension);
    out.attribute("ContentType", type);
    out.end();
}

void write_override(xml_writer& out, const content_type_override& entry) {
    out.start("Override");
    out.attribute("PartName", entry.part);
    out.attribute("ContentType", entry.content_type);
    out.end();
}

void write_relationship(xml_writer& out, const relationship_entry& entry) {
    out.start("Relationship");
    out.attribute("Id", entry.id);
    out.attribute("Type", entry.type);
    out.attribute("Target", entry.target);
    out.end();
}

}  // namespace

std::string write_content_types(const std::vector<content_type_override>& overrides) {
    xml_writer out = part_writer();
    out.start("Types");
    out.attribute("xmlns", ns::content_types);
    write_default(out, "rels", "application/vnd.openxmlformats-package.relationships+xml");
    write_default(out, "xml", "application/xml");
    for (const content_type_override& entry : overrides) write_override(out, entry);
    out.end();
    return out.finish();
}

std::string write_relationships(const std::vector<relationship_entry>& entries) {
    xml_writer out = part_writer();
    out.start("Relationships");
    out.attribute("xmlns", ns::package_relationships);
    for (const relationship_entry& entry : entries) write_relationship(out, entry);
    out.end();
    return out.finish();
}

std::string office_relationship_type(std::string_view kind) {
    return std::string(ns::office_relationships) + '/' + std::string(kind);
}

std::string write_package_relationships(std::string_view main_part) {
    return write_relationships({
        {"rId1", office_relationship_type("officeDocument"), std::string(main_part)},
        {"rId2", std::string(ns::package_relationships) + "/metadata/core-properties", "docProps/core.xml"},
        {"rId3", office_relationship_type("extended-properties"), "docProps/app.xml"},
    });
}

std::string write_core_properties(const core_properties& properties) {
    xml_writer out = part_writer();
    out.start("cp:coreProperties");
    out.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    out.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    out.attribute("xmlns:dcterms", "http://purl.org/dc/terms/");
    out.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    out.text_element_if("dc:title", properties.title);
    out.text_element_if("dc:subject", properties.subject);
    out.text_element_if("dc:creator", properties.creator);
    if (!properties.created.empty()) {
        out.start("dcterms:created");
        out.attribute("xsi:type", "dcterms:W3CDTF");
        out.text_content(properties.created);
    }
    out.end();
    return out.finish();
}

std::string write_app_properties() {
    xml_writer out = part_writer();
    out.start("Properties");
    out.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    out.text_element("Application", "malkedja");
    out.end();
    return out.finish();
}

}  // namespace mk
