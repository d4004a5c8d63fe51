// Writes the .xlsx files tests/interop/test_sheet_writer_clients.sh gives to openpyxl and LibreOffice,
// when MK_INTEROP_OUT names a folder (otherwise it does nothing).
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/xlsx/write.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

// One line per cell with a look: SHEET<TAB>A1<TAB>the look's parts ("FILL=C6EFCE BOLD WRAP BORDER").
std::string looks(const workbook& book) {
    std::string out;
    for (const sheet& s : book.sheets) {
        for (const cell& c : s.cells) {
            const cell_style& style = book.styles[c.style];
            if (style == cell_style{}) continue;
            std::string parts;
            if (!style.fill.empty()) parts += " fill=" + style.fill;
            if (style.bold) parts += " bold";
            if (style.wrap) parts += " wrap";
            if (style.border) parts += " border";
            std::transform(parts.begin(), parts.end(), parts.begin(),
                           [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
            out += s.name + '\t' + format_a1(c.row, c.col) + '\t' + parts.substr(1) + '\n';
        }
    }
    return out;
}

// book without the texts openpyxl 3.0 reads otherwise than Excel: it decodes no _xHHHH_ escape
// (control characters, U+FFFE, U+FFFF) and drops every "x005F_".
workbook openpyxl_readable(workbook book) {
    for (sheet& s : book.sheets)
        std::erase_if(s.cells, [](const cell& c) {
            return c.text.find("_x") != std::string::npos || c.text.find("\xEF\xBF\xBE") != std::string::npos ||
                   c.text.find("\xEF\xBF\xBF") != std::string::npos ||
                   std::any_of(c.text.begin(), c.text.end(), [](char ch) {
                       return static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n' && ch != '\r';
                   });
        });
    return book;
}

}  // namespace

TEST_CASE("xlsx writer: files for the client tests") {
    workbook synthetic = openpyxl_readable(synthetic_workbook());
    if (!write_interop_file("synthetic.xlsx", write_xlsx(synthetic))) return;
    write_interop_file("synthetic.xlsx.looks", looks(synthetic));
    write_interop_file("synthetic.xlsx.frozen", frozen_rows_listing(synthetic));
    for (const std::string& path : spreadsheet_fixtures()) {
        std::string name = path;
        std::replace(name.begin(), name.end(), '/', '-');
        write_interop_file(name + ".xlsx", write_xlsx(read_fixture_workbook(path)));
        write_interop_file(name + ".xlsx.source", std::string(MK_FIXTURES) + "/" + path);
    }
}

}  // namespace mk::test
