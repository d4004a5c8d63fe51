#pragma once
// What every OpenDocument writer shares: the namespaces, the manifest and meta.xml (ODF 1.3,
// no LibreOffice extensions).
#include <string>
#include <string_view>
#include <vector>

#include "src/core/xml_writer.hpp"

namespace mk {

inline constexpr std::string_view odf_version = "1.3";

// Declares the ODF namespaces of content.xml, styles.xml and meta.xml (office, style, text,
// table, fo, number, meta, dc) and office:version on the root element just opened.
void write_odf_namespaces(xml_writer& out);

// A style:page-layout-properties element for an A4 page with 2 cm margins, in portrait, or in
// landscape with a table scaled to one page across.
void write_a4_page_layout_properties(xml_writer& out, bool landscape_one_page_across = false);

// META-INF/manifest.xml: the package of media_type holding parts (each XML, "text/xml").
std::string write_odf_manifest(std::string_view media_type, const std::vector<std::string_view>& parts);

// What meta.xml says; empty fields are left out.
struct odf_meta {
    std::string title;
    std::string subject;
    std::string initial_creator;
    // xsd:dateTime ("2019-03-31T00:00:00"); empty for none.
    std::string creation_date;
};

// meta.xml, naming malkedja as the generator.
std::string write_odf_meta(const odf_meta& meta);

}  // namespace mk
