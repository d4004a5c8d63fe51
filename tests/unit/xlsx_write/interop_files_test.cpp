// Writes the .xlsx files tests/interop/test_xlsx_writer_clients.sh gives to openpyxl and LibreOffice,
// when MK_INTEROP_OUT names a folder (otherwise it does nothing).
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/xlsx/write.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

// One line per cell with a look: SHEET<TAB>A1<TAB>the look's parts ("fill=C6EFCE bold wrap border").
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

}  // namespace

TEST_CASE("xlsx writer: files for the client tests") {
    workbook synthetic = synthetic_workbook();
    if (!write_interop_file("synthetic.xlsx", write_xlsx(synthetic))) return;
    write_interop_file("synthetic.xlsx.looks", looks(synthetic));
    for (const std::string& path : spreadsheet_fixtures()) {
        std::string name = path;
        std::replace(name.begin(), name.end(), '/', '-');
        write_interop_file(name + ".xlsx", write_xlsx(read_fixture_workbook(path)));
        write_interop_file(name + ".xlsx.source", std::string(MK_FIXTURES) + "/" + path);
    }
}

}  // namespace mk::test
