#include "converters/ods/read.hpp"

#include "converters/ods/content.hpp"
#include "converters/ods/styles.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/package/zip.hpp"
#include "src/core/error.hpp"

namespace mk {

namespace {

// The package of an .ods with its styles.xml read: content.xml's tables need the facts of both
// parts as they stream by.
zip_package open_with_styles(const byte_source& bytes, ods::style_facts_reader& styles) {
    zip_package package = zip_package::open(bytes);
    if (!package.contains("content.xml"))
        throw error("ods.no_content",
                    tr("filen saknar content.xml och är därför inget kalkylblad i OpenDocument-format: "
                       "spara om den i LibreOffice",
                       "the file has no content.xml and so is no OpenDocument spreadsheet: save it "
                       "again in LibreOffice"));
    if (package.contains("styles.xml")) {
        styles.begin_part(1);
        read_xml_events(package, "styles.xml", styles);
    }
    return package;
}

}  // namespace

workbook read_ods(const byte_source& bytes) {
    ods::style_facts_reader styles;
    zip_package package = open_with_styles(bytes, styles);
    return ods::read_content(package, styles);
}

void visit_ods(const byte_source& bytes, sheet_visitor& visitor) {
    ods::style_facts_reader styles;
    zip_package package = open_with_styles(bytes, styles);
    ods::visit_content(package, styles, visitor);
}

}  // namespace mk
