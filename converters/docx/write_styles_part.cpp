#include "converters/docx/write_elements.hpp"
#include "converters/docx/write_parts.hpp"
#include "converters/package/part_writer.hpp"
#include "src/container/house_style.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::docx {
namespace {

// Twentieths of a point, as w:spacing counts.
std::string twips(int points) { return std::to_string(points * 20); }

// Half points, as w:sz counts.
std::string half_points(int points) { return std::to_string(points * 2); }

void write_document_defaults(xml_writer& out) {
    out.start("w:docDefaults");
    out.start("w:rPrDefault");
    out.start("w:rPr");
    out.start("w:rFonts");
    for (std::string_view slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) out.attribute(slot, "Calibri");
    out.end();
    write_value_element(out, "w:sz", half_points(body_text_size));
    write_value_element(out, "w:szCs", half_points(body_text_size));
    write_value_element(out, "w:lang", "sv-SE");
    out.end();
    out.end();
    out.start("w:pPrDefault");
    out.start("w:pPr");
    out.start("w:spacing");
    out.attribute("w:after", twips(body_space_after));
    out.attribute("w:line", "264");
    out.attribute("w:lineRule", "auto");
    out.end();
    out.end();
    out.end();
    out.end();
}

void write_paragraph_properties(xml_writer& out, const paragraph_look& look) {
    if (look.heading_level == 0 && look.space_after == 0) return;
    out.start("w:pPr");
    if (look.heading_level > 0) write_empty_element(out, "w:keepNext");
    out.start("w:spacing");
    out.attribute("w:before", twips(look.space_before));
    out.attribute("w:after", twips(look.space_after));
    out.end();
    if (look.heading_level > 0) write_value_element(out, "w:outlineLvl", std::to_string(look.heading_level - 1));
    out.end();
}

void write_run_properties(xml_writer& out, const paragraph_look& look) {
    if (look.size == 0) return;
    out.start("w:rPr");
    if (look.bold) write_empty_element(out, "w:b");
    if (look.italic) write_empty_element(out, "w:i");
    if (!look.colour.empty()) write_value_element(out, "w:color", look.colour);
    write_value_element(out, "w:sz", half_points(look.size));
    write_value_element(out, "w:szCs", half_points(look.size));
    out.end();
}

void write_paragraph_style(xml_writer& out, const style_ids::style& style, bool is_default) {
    paragraph_look look = house_look(style.name);
    out.start("w:style");
    out.attribute("w:type", "paragraph");
    if (is_default) out.attribute("w:default", "1");
    out.attribute("w:styleId", style.id);
    write_value_element(out, "w:name", stored_style_name(style.name));
    if (!is_default) write_value_element(out, "w:basedOn", "Normal");
    if (look.heading_level > 0) write_value_element(out, "w:next", "Normal");
    write_empty_element(out, "w:qFormat");
    write_paragraph_properties(out, look);
    write_run_properties(out, look);
    out.end();
}

// Word's default table style, which Table Grid is based on.
void write_table_normal_style(xml_writer& out) {
    out.start("w:style");
    out.attribute("w:type", "table");
    out.attribute("w:default", "1");
    out.attribute("w:styleId", "TableNormal");
    write_value_element(out, "w:name", "Normal Table");
    out.end();
}

void write_table_grid_style(xml_writer& out) {
    out.start("w:style");
    out.attribute("w:type", "table");
    out.attribute("w:styleId", "TableGrid");
    write_value_element(out, "w:name", "Table Grid");
    write_value_element(out, "w:basedOn", "TableNormal");
    out.start("w:pPr");
    out.start("w:spacing");
    out.attribute("w:before", "40");
    out.attribute("w:after", "40");
    out.end();
    out.end();
    out.start("w:tblPr");
    out.start("w:tblCellMar");
    for (std::string_view side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        out.start(side);
        out.attribute("w:w", side == "w:left" || side == "w:right" ? "108" : "0");
        out.attribute("w:type", "dxa");
        out.end();
    }
    out.end();
    out.end();
    out.end();
}

}  // namespace

std::string styles_part(const style_ids& styles) {
    xml_writer out = part_writer();
    start_part_root(out, "w:styles");
    write_document_defaults(out);
    bool first = true;
    for (const style_ids::style& style : styles.paragraph_styles()) {
        write_paragraph_style(out, style, first);
        first = false;
    }
    write_table_normal_style(out);
    write_table_grid_style(out);
    out.end();
    return out.finish();
}

}  // namespace mk::docx
