#include "converters/docx/write_blocks.hpp"
#include "converters/docx/write_elements.hpp"
#include "converters/docx/write_parts.hpp"
#include "converters/package/part_writer.hpp"

namespace mk::docx {
namespace {

// A4 portrait with margins of 2 cm, in twips.
constexpr std::size_t page_width = 11906;
constexpr std::size_t page_height = 16838;
constexpr std::size_t page_margin = 1134;
constexpr std::size_t header_distance = 567;

void write_reference(xml_writer& out, std::string_view element, std::string_view id) {
    out.start(element);
    out.attribute("w:type", "default");
    out.attribute("r:id", id);
    out.end();
}

void write_section_properties(xml_writer& out, bool has_header) {
    out.start("w:sectPr");
    if (has_header) write_reference(out, "w:headerReference", header_id);
    write_reference(out, "w:footerReference", footer_id);
    out.start("w:pgSz");
    out.attribute("w:w", std::to_string(page_width));
    out.attribute("w:h", std::to_string(page_height));
    out.end();
    out.start("w:pgMar");
    for (std::string_view side : {"w:top", "w:right", "w:bottom", "w:left"})
        out.attribute(side, std::to_string(page_margin));
    out.attribute("w:header", std::to_string(header_distance));
    out.attribute("w:footer", std::to_string(header_distance));
    out.attribute("w:gutter", "0");
    out.end();
    out.end();
}

}  // namespace

document_xml document_part(const document& doc, const style_ids& styles) {
    xml_writer out = part_writer();
    start_part_root(out, "w:document");
    out.start("w:body");
    block_writer blocks(out, styles);
    blocks.write_blocks(doc.blocks, page_width - 2 * page_margin);
    write_section_properties(out, !doc.page_headers.empty());
    out.end();
    out.end();
    return {out.finish(), blocks.numbered_lists()};
}

}  // namespace mk::docx
