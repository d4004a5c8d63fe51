#include "converters/docx/write_blocks.hpp"
#include "converters/docx/write_elements.hpp"
#include "converters/docx/write_parts.hpp"
#include "converters/package/part_writer.hpp"
#include "src/container/document_layout.hpp"

namespace mk::docx {
namespace {

// A run holding a complex field character (begin, separate, end).
void write_field_character(xml_writer& out, std::string_view type) {
    out.start("w:r");
    out.start("w:fldChar");
    out.attribute("w:fldCharType", type);
    out.end();
    out.end();
}

// "Sida N": the label and a PAGE field whose last result is 1.
void write_page_number(xml_writer& out, block_writer& blocks, const style_ids& styles) {
    out.start("w:p");
    out.start("w:pPr");
    write_value_element(out, "w:pStyle", styles.id_of("Footer"));
    write_value_element(out, "w:jc", "center");
    out.end();
    blocks.write_runs(page_number_label, false, false);
    write_field_character(out, "begin");
    out.start("w:r");
    out.start("w:instrText");
    out.attribute("xml:space", "preserve");
    out.text_content(" PAGE ");
    out.end();
    write_field_character(out, "separate");
    blocks.write_runs("1", false, false);
    write_field_character(out, "end");
    out.end();
}

// A header or footer part (root w:hdr or w:ftr): texts a paragraph each in style, and the page
// number when page_number.
std::string page_part(std::string_view root, const std::vector<std::string>& texts, std::string_view style,
                      const style_ids& styles, bool page_number) {
    xml_writer out = part_writer();
    start_part_root(out, root);
    block_writer blocks(out, styles);
    for (const std::string& text : texts) {
        block line;
        line.text = text;
        blocks.write_paragraph(line, styles.id_of(style));
    }
    if (page_number) write_page_number(out, blocks, styles);
    out.end();
    return out.finish();
}

}  // namespace

std::string footer_part(const document& doc, const style_ids& styles) {
    return page_part("w:ftr", doc.page_footers, "Footer", styles, true);
}

std::string header_part(const document& doc, const style_ids& styles) {
    return page_part("w:hdr", doc.page_headers, "Header", styles, false);
}

}  // namespace mk::docx
