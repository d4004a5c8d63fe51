// xl/styles.xml.
#include <algorithm>
#include <cctype>

#include "converters/package/part_writer.hpp"
#include "converters/package/xml.hpp"
#include "converters/xlsx/write_parts.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::xlsx {
namespace {

// Fills 0 and 1 are the two Excel requires (none, gray125); solid colours follow.
constexpr std::size_t first_colour_fill = 2;

std::string upper_case(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// The distinct fill colours of book's styles, upper case, in order of first use.
std::vector<std::string> fill_colours(const workbook& book) {
    std::vector<std::string> colours;
    for (const cell_style& style : book.styles) {
        std::string colour = upper_case(style.fill);
        if (!colour.empty() && std::find(colours.begin(), colours.end(), colour) == colours.end())
            colours.push_back(colour);
    }
    return colours;
}

// The fillId of style: 0 for none, else its colour's solid fill.
std::size_t fill_id(const cell_style& style, const std::vector<std::string>& colours) {
    if (style.fill.empty()) return 0;
    auto found = std::find(colours.begin(), colours.end(), upper_case(style.fill));
    return first_colour_fill + static_cast<std::size_t>(found - colours.begin());
}

void write_num_fmt(xml_writer& out, std::uint32_t id, std::string_view code) {
    out.start("numFmt");
    out.attribute("numFmtId", std::to_string(id));
    out.attribute("formatCode", code);
    out.end();
}

std::uint32_t format_id(number_format format) {
    switch (format) {
        case number_format::date: return 14;
        case number_format::date_time: return date_time_format_id;
        case number_format::time: return 46;
        case number_format::percent: return percent_format_id;
        case number_format::percent_1: return percent_1_format_id;
        case number_format::percent_2: return percent_2_format_id;
        case number_format::general: break;
    }
    return 0;
}

// The custom number formats formats uses: date_time and the percentages, with their codes.
void write_num_fmts(xml_writer& out, const cell_formats& formats) {
    static constexpr std::pair<number_format, std::string_view> custom[] = {
        {number_format::date_time, "yyyy-mm-dd hh:mm:ss"},
        {number_format::percent, "0 %"},
        {number_format::percent_1, "0.0 %"},
        {number_format::percent_2, "0.00 %"}};
    const auto& used = formats.formats();
    auto in_use = [&](const auto& entry) { return std::find(used.begin(), used.end(), entry.first) != used.end(); };
    auto count = std::count_if(std::begin(custom), std::end(custom), in_use);
    if (count == 0) return;
    out.start("numFmts");
    out.attribute("count", std::to_string(count));
    for (const auto& entry : custom)
        if (in_use(entry)) write_num_fmt(out, format_id(entry.first), entry.second);
    out.end();
}

void write_font(xml_writer& out, bool bold) {
    out.start("font");
    if (bold) {
        out.start("b");
        out.end();
    }
    out.start("sz");
    out.attribute("val", "11");
    out.end();
    out.start("name");
    out.attribute("val", "Calibri");
    out.end();
    out.start("family");
    out.attribute("val", "2");
    out.end();
    out.end();
}

void write_fonts(xml_writer& out) {
    out.start("fonts");
    out.attribute("count", "2");
    write_font(out, false);
    write_font(out, true);
    out.end();
}

void write_pattern_fill(xml_writer& out, std::string_view pattern, std::string_view colour = {}) {
    out.start("fill");
    out.start("patternFill");
    out.attribute("patternType", pattern);
    if (!colour.empty()) {
        out.start("fgColor");
        out.attribute("rgb", "FF" + std::string(colour));
        out.end();
        out.start("bgColor");
        out.attribute("indexed", "64");
        out.end();
    }
    out.end();
    out.end();
}

void write_fills(xml_writer& out, const std::vector<std::string>& colours) {
    out.start("fills");
    out.attribute("count", std::to_string(first_colour_fill + colours.size()));
    write_pattern_fill(out, "none");
    write_pattern_fill(out, "gray125");
    for (const std::string& colour : colours) write_pattern_fill(out, "solid", colour);
    out.end();
}

void write_border_side(xml_writer& out, std::string_view side, bool thin) {
    out.start(side);
    if (thin) {
        out.attribute("style", "thin");
        out.start("color");
        out.attribute("auto", "1");
        out.end();
    }
    out.end();
}

void write_border(xml_writer& out, bool thin) {
    out.start("border");
    for (std::string_view side : {"left", "right", "top", "bottom"}) write_border_side(out, side, thin);
    write_border_side(out, "diagonal", false);
    out.end();
}

void write_borders(xml_writer& out) {
    out.start("borders");
    out.attribute("count", "2");
    write_border(out, false);
    write_border(out, true);
    out.end();
}

void write_cell_style_xfs(xml_writer& out) {
    out.start("cellStyleXfs");
    out.attribute("count", "1");
    out.start("xf");
    out.attribute("numFmtId", "0");
    out.attribute("fontId", "0");
    out.attribute("fillId", "0");
    out.attribute("borderId", "0");
    out.end();
    out.end();
}

void write_xf(xml_writer& out, const cell_style& style, number_format format, const std::vector<std::string>& colours) {
    std::size_t fill = fill_id(style, colours);
    out.start("xf");
    out.attribute("numFmtId", std::to_string(format_id(format)));
    out.attribute("fontId", style.bold ? "1" : "0");
    out.attribute("fillId", std::to_string(fill));
    out.attribute("borderId", style.border ? "1" : "0");
    out.attribute("xfId", "0");
    if (format != number_format::general) out.attribute("applyNumberFormat", "1");
    if (style.bold) out.attribute("applyFont", "1");
    if (fill != 0) out.attribute("applyFill", "1");
    if (style.border) out.attribute("applyBorder", "1");
    if (style.wrap) {
        out.attribute("applyAlignment", "1");
        out.start("alignment");
        out.attribute("wrapText", "1");
        out.end();
    }
    out.end();
}

void write_cell_xfs(xml_writer& out, const workbook& book, const cell_formats& formats,
                    const std::vector<std::string>& colours) {
    out.start("cellXfs");
    out.attribute("count", std::to_string(book.styles.size() * formats.formats().size()));
    for (const cell_style& style : book.styles)
        for (number_format format : formats.formats()) write_xf(out, style, format, colours);
    out.end();
}

void write_cell_styles(xml_writer& out) {
    out.start("cellStyles");
    out.attribute("count", "1");
    out.start("cellStyle");
    out.attribute("name", "Normal");
    out.attribute("xfId", "0");
    out.attribute("builtinId", "0");
    out.end();
    out.end();
}

}  // namespace

std::string styles_part(const workbook& book, const cell_formats& formats) {
    std::vector<std::string> colours = fill_colours(book);
    xml_writer out = part_writer();
    out.start("styleSheet");
    out.attribute("xmlns", ns::spreadsheetml);
    write_num_fmts(out, formats);
    write_fonts(out);
    write_fills(out, colours);
    write_borders(out);
    write_cell_style_xfs(out);
    write_cell_xfs(out, book, formats, colours);
    write_cell_styles(out);
    out.end();
    return out.finish();
}

}  // namespace mk::xlsx
