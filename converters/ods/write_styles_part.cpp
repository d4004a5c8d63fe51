// styles.xml.
#include "converters/ods/write_parts.hpp"
#include "converters/package/odf_writer.hpp"

namespace mk::ods {
namespace {

void write_default_cell_style(xml_writer& out) {
    out.start("style:style");
    out.attribute("style:name", "Default");
    out.attribute("style:family", "table-cell");
    out.start("style:table-cell-properties");
    out.attribute("style:vertical-align", "top");
    out.end();
    out.start("style:text-properties");
    out.attribute("fo:font-size", "10pt");
    out.end();
    out.end();
}

// An A4 page in portrait with 2 cm margins.
void write_page_layout(xml_writer& out) {
    out.start("style:page-layout");
    out.attribute("style:name", "pm1");
    write_a4_page_layout_properties(out);
    out.end();
}

void write_master_page(xml_writer& out) {
    out.start("style:master-page");
    out.attribute("style:name", "Default");
    out.attribute("style:page-layout-name", "pm1");
    out.end();
}

}  // namespace

std::string styles_part() {
    xml_writer out;
    out.start("office:document-styles");
    write_odf_namespaces(out);
    out.start("office:styles");
    write_default_cell_style(out);
    out.end();
    out.start("office:automatic-styles");
    write_page_layout(out);
    out.end();
    out.start("office:master-styles");
    write_master_page(out);
    out.end();
    out.end();
    return out.finish();
}

}  // namespace mk::ods
