#include "converters/xlsx/write.hpp"

#include "converters/package/opc_writer.hpp"
#include "converters/package/zip_writer.hpp"
#include "converters/xlsx/write_parts.hpp"
#include "src/container/workbook_check.hpp"
#include "src/core/error.hpp"
#include "src/text/utf8.hpp"

namespace mk {
namespace {

// Excel opens no sheet with a longer name.
constexpr std::size_t max_sheet_name_length = 31;

void check_sheet_names(const workbook& book) {
    for (const sheet& s : book.sheets)
        if (text::code_point_count(s.name) > max_sheet_name_length)
            throw error(
                "xlsx.long_sheet_name",
                tr("bladnamnet \"{0}\" är längre än de 31 tecken som Excel tillåter: korta namnet",
                   "the sheet name \"{0}\" is longer than the 31 characters Excel allows: shorten it", {s.name}));
}

}  // namespace

std::string write_xlsx(const workbook& book) {
    check_writable(book);
    check_sheet_names(book);
    xlsx::cell_formats formats(book);
    xlsx::shared_string_table strings;
    // Each worksheet is deflated while the next part is made.
    std::vector<std::future<std::shared_ptr<const deflated_bytes>>> worksheets;
    std::size_t active = first_visible_sheet(book);
    for (std::size_t i = 0; i < book.sheets.size(); ++i)
        worksheets.push_back(
            deflate_in_background(xlsx::worksheet_part(book.sheets[i], book.styles, i == active, formats, strings)));
    bool has_strings = !strings.strings().empty();
    std::vector<zip_entry> entries{
        {"[Content_Types].xml", xlsx::content_types_part(book.sheets.size(), has_strings)},
        {"_rels/.rels", write_package_relationships("xl/workbook.xml")},
        {"docProps/app.xml", write_app_properties()},
        {"docProps/core.xml", xlsx::core_properties_part(book.properties)},
        {"xl/workbook.xml", xlsx::workbook_part(book)},
        {"xl/_rels/workbook.xml.rels", xlsx::workbook_relationships_part(book.sheets.size(), has_strings)},
        {"xl/styles.xml", xlsx::styles_part(book, formats)},
    };
    // The shared strings are deflated while the last worksheets still are.
    if (has_strings)
        entries.push_back(
            {"xl/sharedStrings.xml", "", false, deflate_in_background(xlsx::shared_strings_part(strings)).get()});
    for (std::size_t i = 0; i < worksheets.size(); ++i)
        entries.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", "", false, worksheets[i].get()});
    return write_zip(entries);
}

}  // namespace mk
