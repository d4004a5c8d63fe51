#include "converters/odt/write_blocks.hpp"
#include "converters/odt/write_parts.hpp"
#include "converters/odt/write_style_names.hpp"
#include "converters/package/odf_writer.hpp"
#include "converters/package/part_writer.hpp"

namespace mk::odt {
namespace {

void write_table_style(xml_writer& out) {
    out.start("style:style");
    out.attribute("style:name", "Table");
    out.attribute("style:family", "table");
    out.start("style:table-properties");
    out.attribute("style:width", "17cm");
    out.attribute("table:align", "margins");
    out.end();
    out.end();
    out.start("style:style");
    out.attribute("style:name", "Column");
    out.attribute("style:family", "table-column");
    out.start("style:table-column-properties");
    out.attribute("style:rel-column-width", "1000*");
    out.end();
    out.end();
}

// A cell style: thin black borders, a little padding and the shading (#RRGGBB or empty).
void write_cell_style(xml_writer& out, std::string_view name, std::string_view shading) {
    out.start("style:style");
    out.attribute("style:name", name);
    out.attribute("style:family", "table-cell");
    out.start("style:table-cell-properties");
    if (!shading.empty()) out.attribute("fo:background-color", "#" + std::string(shading));
    out.attribute("fo:padding", "0.1cm");
    out.attribute("fo:border", "0.5pt solid #000000");
    out.end();
    out.end();
}

void write_span_style(xml_writer& out, bool bold, bool yellow) {
    out.start("style:style");
    out.attribute("style:name", span_style_name(bold, yellow));
    out.attribute("style:family", "text");
    out.start("style:text-properties");
    if (bold) {
        out.attribute("fo:font-weight", "bold");
        out.attribute("style:font-weight-asian", "bold");
        out.attribute("style:font-weight-complex", "bold");
    }
    if (yellow) out.attribute("fo:background-color", "#ffff00");
    out.end();
    out.end();
}

void write_automatic_styles(xml_writer& out, const document& doc) {
    out.start("office:automatic-styles");
    write_table_style(out);
    write_cell_style(out, cell_style_name(""), "");
    for (const std::string& shading : cell_shadings(doc)) write_cell_style(out, cell_style_name(shading), shading);
    write_span_style(out, true, false);
    write_span_style(out, false, true);
    write_span_style(out, true, true);
    out.end();
}

}  // namespace

std::string content_part(const document& doc) {
    xml_writer out = part_writer();
    out.start("office:document-content");
    write_odf_namespaces(out);
    write_automatic_styles(out, doc);
    out.start("office:body");
    out.start("office:text");
    block_writer(out).write_blocks(doc.blocks);
    out.end();
    out.end();
    out.end();
    return out.finish();
}

}  // namespace mk::odt
