// content.xml.
#include "converters/ods/write_parts.hpp"
#include "converters/package/odf_writer.hpp"
#include "converters/package/part_writer.hpp"

namespace mk::ods {
namespace {

// A cell address with its sheet for ODF formulas and ranges: 'Sheet 1'.A1.
std::string sheet_address(std::string_view sheet_name, std::uint32_t row, std::uint32_t col) {
    std::string quoted = "'";
    for (char c : sheet_name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'." + format_a1(row, col);
}

// The autofilter of sheet number index, as LibreOffice names a sheet's own filter range.
void write_database_range(xml_writer& out, const sheet& s, std::size_t index) {
    const cell_range& range = *s.autofilter;
    out.start("table:database-range");
    out.attribute("table:name", "__Anonymous_Sheet_DB__" + std::to_string(index));
    out.attribute("table:target-range-address", sheet_address(s.name, range.first_row, range.first_col) + ':' +
                                                    sheet_address(s.name, range.last_row, range.last_col));
    out.attribute("table:display-filter-buttons", "true");
    out.end();
}

void write_database_ranges(xml_writer& out, const workbook& book) {
    bool any = false;
    for (std::size_t i = 0; i < book.sheets.size(); ++i) {
        if (!book.sheets[i].autofilter) continue;
        if (!any) out.start("table:database-ranges");
        any = true;
        write_database_range(out, book.sheets[i], i);
    }
    if (any) out.end();
}

}  // namespace

void content_part(const workbook& book, const text_sink& sink) {
    style_names names(book);
    xml_writer out = part_writer(sink);
    out.start("office:document-content");
    write_odf_namespaces(out);
    write_automatic_styles(out, book, names);
    out.start("office:body");
    out.start("office:spreadsheet");
    for (const sheet& s : book.sheets) write_table(out, s, names);
    write_database_ranges(out, book);
    out.end();
    out.end();
    out.end();
    out.finish();
}

}  // namespace mk::ods
