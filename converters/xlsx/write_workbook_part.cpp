// xl/workbook.xml.
#include "converters/package/part_writer.hpp"
#include "converters/package/xml.hpp"
#include "converters/xlsx/write_parts.hpp"
#include "src/container/workbook_check.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::xlsx {
namespace {

std::string_view state_of(sheet_visibility visibility) {
    switch (visibility) {
        case sheet_visibility::hidden: return "hidden";
        case sheet_visibility::very_hidden: return "veryHidden";
        case sheet_visibility::visible: break;
    }
    return {};
}

void write_book_views(xml_writer& out, const workbook& book) {
    out.start("bookViews");
    out.start("workbookView");
    std::size_t active = first_visible_sheet(book);
    if (active != 0) out.attribute("activeTab", std::to_string(active));
    out.end();
    out.end();
}

void write_sheet(xml_writer& out, const sheet& s, std::size_t index) {
    out.start("sheet");
    out.attribute("name", s.name);
    out.attribute("sheetId", std::to_string(index + 1));
    out.attribute_if("state", state_of(s.visibility));
    out.attribute("r:id", "rId" + std::to_string(index + 1));
    out.end();
}

void write_sheets(xml_writer& out, const workbook& book) {
    out.start("sheets");
    for (std::size_t i = 0; i < book.sheets.size(); ++i) write_sheet(out, book.sheets[i], i);
    out.end();
}

// The hidden name Excel keeps each autofilter's range in.
void write_filter_database(xml_writer& out, const sheet& s, std::size_t index) {
    out.start("definedName");
    out.attribute("name", "_xlnm._FilterDatabase");
    out.attribute("localSheetId", std::to_string(index));
    out.attribute("hidden", "1");
    out.text_content(absolute_range(s.name, *s.autofilter));
}

// The rows Excel prints at the top of every page of a sheet.
void write_print_titles(xml_writer& out, const sheet& s, std::size_t index) {
    std::string row = '$' + std::to_string(*s.print.repeated_row + 1);
    out.start("definedName");
    out.attribute("name", "_xlnm.Print_Titles");
    out.attribute("localSheetId", std::to_string(index));
    out.text_content(quoted_sheet_name(s.name) + "!" + row + ':' + row);
}

// Excel's order: the names sorted, each name's sheets in sheet order.
void write_defined_names(xml_writer& out, const workbook& book) {
    bool any = false;
    auto open = [&] {
        if (!any) out.start("definedNames");
        any = true;
    };
    for (std::size_t i = 0; i < book.sheets.size(); ++i)
        if (book.sheets[i].autofilter) open(), write_filter_database(out, book.sheets[i], i);
    for (std::size_t i = 0; i < book.sheets.size(); ++i)
        if (book.sheets[i].print.repeated_row) open(), write_print_titles(out, book.sheets[i], i);
    if (any) out.end();
}

std::string absolute_cell(std::uint32_t row, std::uint32_t col) {
    return '$' + column_name(col) + '$' + std::to_string(row + 1);
}

}  // namespace

std::string quoted_sheet_name(std::string_view sheet_name) {
    std::string quoted = "'";
    for (char c : sheet_name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

std::string absolute_range(std::string_view sheet_name, const cell_range& range) {
    return quoted_sheet_name(sheet_name) + "!" + absolute_cell(range.first_row, range.first_col) + ':' +
           absolute_cell(range.last_row, range.last_col);
}

std::string workbook_part(const workbook& book) {
    xml_writer out = part_writer();
    out.start("workbook");
    out.attribute("xmlns", ns::spreadsheetml);
    out.attribute("xmlns:r", ns::office_relationships);
    write_book_views(out, book);
    write_sheets(out, book);
    write_defined_names(out, book);
    out.end();
    return out.finish();
}

}  // namespace mk::xlsx
