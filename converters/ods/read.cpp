#include "converters/ods/read.hpp"

#include "converters/ods/content.hpp"
#include "converters/ods/styles.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/package/zip.hpp"
#include "src/core/error.hpp"

namespace mk {

workbook read_ods(const byte_source& bytes) {
    zip_package package = zip_package::open(bytes);
    if (!package.contains("content.xml"))
        throw error("ods.no_content",
                    tr("filen saknar content.xml och är därför inget kalkylblad i OpenDocument-format: "
                       "spara om den i LibreOffice",
                       "the file has no content.xml and so is no OpenDocument spreadsheet: save it "
                       "again in LibreOffice"));
    // styles.xml first: content.xml's tables need the facts of both parts as they stream by.
    ods::style_facts_reader styles;
    if (package.contains("styles.xml")) {
        styles.begin_part(1);
        read_xml_events(package, "styles.xml", styles);
    }
    return ods::read_content(package, styles);
}

}  // namespace mk
