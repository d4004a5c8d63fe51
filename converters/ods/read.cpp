#include "converters/ods/read.hpp"

#include <optional>
#include <string>
#include <vector>

#include "converters/ods/table.hpp"
#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "src/core/error.hpp"

namespace mk {

workbook read_ods(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    if (!package.contains("content.xml"))
        throw error("ods.no_content",
                    tr("filen saknar content.xml och är därför inget kalkylblad i OpenDocument-format: "
                       "spara om den i LibreOffice",
                       "the file has no content.xml and so is no OpenDocument spreadsheet: save it "
                       "again in LibreOffice"));
    xml_part content = xml_part::parse(package.read("content.xml"), "content.xml");
    std::vector<pugi::xml_node> style_roots{content.root()};
    std::optional<xml_part> styles_part;
    if (package.contains("styles.xml")) {
        styles_part = xml_part::parse(package.read("styles.xml"), "styles.xml");
        style_roots.push_back(styles_part->root());
    }
    pugi::xml_node spreadsheet = content.root().child("office:body").child("office:spreadsheet");
    if (content.root().name() != std::string_view("office:document-content") || !spreadsheet)
        throw error("ods.not_spreadsheet",
                    tr("content.xml innehåller inget kalkylblad (office:spreadsheet saknas): filen är inget .ods",
                       "content.xml holds no spreadsheet (office:spreadsheet is missing): the file is no .ods"));
    ods::style_facts styles = ods::read_style_facts(style_roots);
    ods::expansion_budget budget;
    workbook book;
    for (pugi::xml_node table : spreadsheet.children("table:table")) {
        if (!table.attribute("table:name")) {
            std::string number = std::to_string(book.sheets.size() + 1);
            throw error("ods.no_sheet_name",
                        tr("blad nummer {0} i content.xml saknar namn (table:name): filen är skadad, spara om den i "
                           "LibreOffice",
                           "sheet number {0} in content.xml has no name (table:name): the file is damaged, save it "
                           "again in LibreOffice",
                           {number}));
        }
        book.sheets.push_back(ods::read_table(table, styles, budget));
    }
    return book;
}

}  // namespace mk
