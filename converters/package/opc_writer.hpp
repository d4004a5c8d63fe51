#pragma once
// The Open Packaging Conventions parts every OOXML writer needs: content types, relationships and
// the document properties.
#include <string>
#include <string_view>
#include <vector>

namespace mk {

// One <Override> of [Content_Types].xml.
struct content_type_override {
    // Absolute part name ("/xl/workbook.xml").
    std::string part;
    std::string content_type;
};

// [Content_Types].xml: Defaults for .rels and .xml, then the overrides in the given order.
std::string write_content_types(const std::vector<content_type_override>& overrides);

// One internal relationship of a relationships part.
struct relationship_entry {
    std::string id;
    // The full type URI (see office_relationship_type).
    std::string type;
    // Relative to the source part's folder.
    std::string target;
};

// A relationships part (_rels/.rels or xl/_rels/workbook.xml.rels) listing entries in order.
std::string write_relationships(const std::vector<relationship_entry>& entries);

// The transitional officeDocument relationship type URI of kind ("worksheet", "styles"...).
std::string office_relationship_type(std::string_view kind);

// _rels/.rels: the main part (rId1), docProps/core.xml (rId2) and docProps/app.xml (rId3).
std::string write_package_relationships(std::string_view main_part);

// What docProps/core.xml says; empty fields are left out.
struct core_properties {
    std::string title;
    std::string subject;
    std::string creator;
    // W3CDTF ("2019-03-31T00:00:00Z"); empty for none.
    std::string created;
};

// docProps/core.xml.
std::string write_core_properties(const core_properties& properties);
// docProps/app.xml naming malkedja as the application.
std::string write_app_properties();

}  // namespace mk
