#include <algorithm>

#include "converters/odt/write_blocks.hpp"
#include "converters/odt/write_parts.hpp"
#include "converters/odt/write_style_names.hpp"
#include "converters/package/odf_writer.hpp"
#include "converters/package/part_writer.hpp"
#include "src/container/document_layout.hpp"
#include "src/container/house_style.hpp"
#include "src/text/ascii.hpp"

namespace mk::odt {
namespace {

// The styles every document has, before the ones its blocks name.
constexpr std::string_view built_in[] = {"Normal", "Title", "Subtitle", "List Bullet", "List Number",
                                         "Caption", "Header", "Footer"};
constexpr std::string_view bullets[] = {"\u2022", "\u2013", "\u25E6"};
constexpr int list_levels = 9;

std::string points(int value) { return std::to_string(value) + "pt"; }

// A length in points as centimetres with two decimals, as LibreOffice writes it: 4 → "0.14cm".
std::string centimetres(int points) {
    int hundredths = (points * 254 + 36) / 72;
    return std::to_string(hundredths / 100) + "." + std::to_string(hundredths / 10 % 10) +
           std::to_string(hundredths % 10) + "cm";
}

std::string colour(std::string_view rrggbb) { return "#" + text::ascii_lower(rrggbb); }

void write_default_style(xml_writer& out) {
    out.start("style:default-style");
    out.attribute("style:family", "paragraph");
    out.start("style:paragraph-properties");
    out.attribute("fo:margin-top", "0cm");
    out.attribute("fo:margin-bottom", centimetres(body_space_after));
    out.end();
    out.start("style:text-properties");
    out.attribute("fo:font-family", "'Liberation Sans'");
    out.attribute("fo:font-size", points(body_text_size));
    out.attribute("fo:language", "sv");
    out.attribute("fo:country", "SE");
    out.end();
    out.end();
}

void write_paragraph_style(xml_writer& out, std::string_view display_name) {
    std::string name = paragraph_style_name(display_name);
    paragraph_look look = house_look(display_name);
    out.start("style:style");
    out.attribute("style:name", name);
    if (name != display_name && display_name != "Normal") out.attribute("style:display-name", display_name);
    out.attribute("style:family", "paragraph");
    if (name != "Standard") out.attribute("style:parent-style-name", "Standard");
    if (look.heading_level > 0) {
        out.attribute("style:next-style-name", "Standard");
        out.attribute("style:default-outline-level", std::to_string(look.heading_level));
    }
    if (look.space_after > 0) {
        out.start("style:paragraph-properties");
        if (look.space_before > 0) out.attribute("fo:margin-top", centimetres(look.space_before));
        out.attribute("fo:margin-bottom", centimetres(look.space_after));
        if (look.heading_level > 0) out.attribute("fo:keep-with-next", "always");
        out.end();
    }
    if (look.size > 0) {
        out.start("style:text-properties");
        if (!look.colour.empty()) out.attribute("fo:color", colour(look.colour));
        out.attribute("fo:font-size", points(look.size));
        if (look.italic) out.attribute("fo:font-style", "italic");
        if (look.bold) out.attribute("fo:font-weight", "bold");
        out.end();
    }
    out.end();
}

void write_list_level_properties(xml_writer& out, int level) {
    out.start("style:list-level-properties");
    out.attribute("text:list-level-position-and-space-mode", "label-alignment");
    out.start("style:list-level-label-alignment");
    out.attribute("text:label-followed-by", "listtab");
    out.attribute("fo:text-indent", "-0.635cm");
    out.attribute("fo:margin-left", std::to_string(level + 1) + ".27cm");
    out.end();
    out.end();
}

void write_list_style(xml_writer& out, std::string_view name, bool numbered) {
    out.start("text:list-style");
    out.attribute("style:name", name);
    out.attribute("style:display-name", numbered ? "Number List" : "Bullet List");
    for (int level = 0; level < list_levels; ++level) {
        out.start(numbered ? "text:list-level-style-number" : "text:list-level-style-bullet");
        out.attribute("text:level", std::to_string(level + 1));
        if (numbered) {
            out.attribute("style:num-suffix", ".");
            out.attribute("style:num-format", "1");
        } else {
            out.attribute("text:bullet-char", bullets[level % std::size(bullets)]);
        }
        write_list_level_properties(out, level);
        out.end();
    }
    out.end();
}

void write_common_styles(xml_writer& out, const document& doc) {
    out.start("office:styles");
    write_default_style(out);
    std::vector<std::string> names(std::begin(built_in), std::end(built_in));
    for (char level = '1'; level <= '9'; ++level) names.push_back(std::string("Heading ") + level);
    for (std::string& name : paragraph_styles_used(doc)) add_distinct(names, std::move(name));
    std::vector<std::string> written;
    for (const std::string& name : names) {
        // Two display names may encode alike; the first one is kept.
        if (std::find(written.begin(), written.end(), paragraph_style_name(name)) != written.end()) continue;
        written.push_back(paragraph_style_name(name));
        write_paragraph_style(out, name);
    }
    write_list_style(out, bullet_list_style, false);
    write_list_style(out, number_list_style, true);
    out.end();
}

// The automatic paragraph style of the page number line: a centred footer.
constexpr std::string_view page_number_style = "Page_number";

void write_page_number_style(xml_writer& out) {
    out.start("style:style");
    out.attribute("style:name", page_number_style);
    out.attribute("style:family", "paragraph");
    out.attribute("style:parent-style-name", "Footer");
    out.start("style:paragraph-properties");
    out.attribute("fo:text-align", "center");
    out.end();
    out.end();
}

void write_page_layout(xml_writer& out, bool has_header) {
    out.start("style:page-layout");
    out.attribute("style:name", "Page");
    write_a4_page_layout_properties(out);
    for (std::string_view region : {"style:header-style", "style:footer-style"}) {
        if (region == "style:header-style" && !has_header) continue;
        out.start(region);
        out.start("style:header-footer-properties");
        out.attribute("fo:min-height", "0.6cm");
        out.attribute(region == "style:header-style" ? "fo:margin-bottom" : "fo:margin-top", "0.3cm");
        out.end();
        out.end();
    }
    out.end();
}

void write_automatic_styles(xml_writer& out, bool has_header) {
    out.start("office:automatic-styles");
    write_page_number_style(out);
    write_page_layout(out, has_header);
    out.end();
}

void write_page_texts(xml_writer& out, block_writer& blocks, const std::vector<std::string>& texts,
                      std::string_view style) {
    for (const std::string& text : texts) {
        blocks.start_paragraph(style);
        blocks.write_text(text);
        out.end();
    }
}

void write_master_page(xml_writer& out, const document& doc) {
    out.start("office:master-styles");
    out.start("style:master-page");
    out.attribute("style:name", "Standard");
    out.attribute("style:page-layout-name", "Page");
    block_writer blocks(out);
    if (!doc.page_headers.empty()) {
        out.start("style:header");
        write_page_texts(out, blocks, doc.page_headers, "Header");
        out.end();
    }
    out.start("style:footer");
    write_page_texts(out, blocks, doc.page_footers, "Footer");
    out.start("text:p");
    out.attribute("text:style-name", page_number_style);
    out.text("");
    blocks.write_text(page_number_label);
    out.start("text:page-number");
    out.attribute("text:select-page", "current");
    out.text("1");
    out.end();
    out.end();
    out.end();
    out.end();
    out.end();
}

}  // namespace

std::string styles_part(const document& doc) {
    xml_writer out = part_writer();
    out.start("office:document-styles");
    write_odf_namespaces(out);
    write_common_styles(out, doc);
    write_automatic_styles(out, !doc.page_headers.empty());
    write_master_page(out, doc);
    out.end();
    return out.finish();
}

}  // namespace mk::odt
