// content.xml's office:automatic-styles.
#include <algorithm>
#include <charconv>
#include <vector>

#include "converters/ods/write_parts.hpp"

namespace mk::ods {
namespace {

// A spreadsheet column of w characters is about 7w pixels wide at 96 pixels an inch.
std::string column_width(double characters) {
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, characters * 7 / 96, std::chars_format::fixed, 4);
    return std::string(buffer, result.ptr) + "in";
}

void write_number_part(xml_writer& out, std::string_view element) {
    out.start(element);
    out.attribute("number:style", "long");
    out.end();
}

// Hours, minutes and seconds, with colons between them.
void write_clock(xml_writer& out) {
    write_number_part(out, "number:hours");
    out.text_element("number:text", ":");
    write_number_part(out, "number:minutes");
    out.text_element("number:text", ":");
    write_number_part(out, "number:seconds");
}

void write_date_style(xml_writer& out, std::string_view name, bool with_time) {
    out.start("number:date-style");
    out.attribute("style:name", name);
    write_number_part(out, "number:year");
    out.text_element("number:text", "-");
    write_number_part(out, "number:month");
    out.text_element("number:text", "-");
    write_number_part(out, "number:day");
    if (with_time) {
        out.text_element("number:text", " ");
        write_clock(out);
    }
    out.end();
}

// Hours, minutes and seconds that do not wrap at midnight ("37:30:00"), for times and durations.
void write_time_style(xml_writer& out) {
    out.start("number:time-style");
    out.attribute("style:name", time_data_style);
    out.attribute("number:truncate-on-overflow", "false");
    write_clock(out);
    out.end();
}

// A percentage with decimals decimals (0 to 2) and a space before the sign ("92 %", "92,5 %").
void write_percent_style(xml_writer& out, std::uint8_t decimals) {
    out.start("number:percentage-style");
    out.attribute("style:name", percent_data_styles[decimals]);
    out.start("number:number");
    out.attribute("number:decimal-places", std::to_string(decimals));
    out.attribute("number:min-integer-digits", "1");
    out.end();
    out.text_element("number:text", " %");
    out.end();
}

void write_data_styles(xml_writer& out, const style_names& names) {
    bool date = false, date_time = false, time = false;
    bool percent[max_percent_decimals + 1] = {};
    for (const auto& [style, display] : names.cell_styles()) {
        date = date || display == value_display::date;
        date_time = date_time || display == value_display::date_time;
        time = time || display == value_display::time;
        if (display == value_display::percent) percent[names.percent_decimals(style)] = true;
    }
    if (date) write_date_style(out, date_data_style, false);
    if (date_time) write_date_style(out, date_time_data_style, true);
    if (time) write_time_style(out);
    for (std::uint8_t decimals = 0; decimals <= max_percent_decimals; ++decimals)
        if (percent[decimals]) write_percent_style(out, decimals);
}

void write_table_style(xml_writer& out, const sheet& s) {
    out.start("style:style");
    out.attribute("style:name", table_style_of(s));
    out.attribute("style:family", "table");
    out.attribute("style:master-page-name", s.print.landscape_fit_to_width ? landscape_master_page : "Default");
    out.start("style:table-properties");
    out.attribute("table:display", s.visibility == sheet_visibility::visible ? "true" : "false");
    out.end();
    out.end();
}

// One table style per look the sheets use, and always the plain visible one (ta1).
void write_table_styles(xml_writer& out, const workbook& book) {
    const sheet plain;
    std::vector<std::string_view> written{table_style_of(plain)};
    write_table_style(out, plain);
    for (const sheet& s : book.sheets) {
        if (std::find(written.begin(), written.end(), table_style_of(s)) != written.end()) continue;
        written.push_back(table_style_of(s));
        write_table_style(out, s);
    }
}

void write_column_style(xml_writer& out, const style_names& names, double width) {
    out.start("style:style");
    out.attribute("style:name", names.column_style(width));
    out.attribute("style:family", "table-column");
    out.start("style:table-column-properties");
    out.attribute("fo:break-before", "auto");
    out.attribute("style:column-width", column_width(width));
    out.end();
    out.end();
}

void write_cell_properties(xml_writer& out, const cell_style& look) {
    if (look.fill.empty() && !look.border && !look.wrap) return;
    out.start("style:table-cell-properties");
    if (!look.fill.empty()) out.attribute("fo:background-color", '#' + look.fill);
    if (look.border) out.attribute("fo:border", "0.74pt solid #000000");
    if (look.wrap) out.attribute("fo:wrap-option", "wrap");
    out.end();
}

void write_text_properties(xml_writer& out, const cell_style& look) {
    if (!look.bold) return;
    out.start("style:text-properties");
    out.attribute("fo:font-weight", "bold");
    out.attribute("style:font-weight-asian", "bold");
    out.attribute("style:font-weight-complex", "bold");
    out.end();
}

void write_cell_style(xml_writer& out, const workbook& book, const style_names& names, std::uint16_t style,
                      value_display display) {
    out.start("style:style");
    out.attribute("style:name", names.cell_style(style, display));
    out.attribute("style:family", "table-cell");
    out.attribute("style:parent-style-name", "Default");
    if (display == value_display::date) out.attribute("style:data-style-name", date_data_style);
    if (display == value_display::date_time) out.attribute("style:data-style-name", date_time_data_style);
    if (display == value_display::time) out.attribute("style:data-style-name", time_data_style);
    if (display == value_display::percent)
        out.attribute("style:data-style-name", percent_data_styles[names.percent_decimals(style)]);
    write_cell_properties(out, book.styles[style]);
    write_text_properties(out, book.styles[style]);
    out.end();
}

}  // namespace

void write_automatic_styles(xml_writer& out, const workbook& book, const style_names& names) {
    out.start("office:automatic-styles");
    write_data_styles(out, names);
    write_table_styles(out, book);
    for (double width : names.column_widths()) write_column_style(out, names, width);
    for (const auto& [style, display] : names.cell_styles()) write_cell_style(out, book, names, style, display);
    out.end();
}

}  // namespace mk::ods
