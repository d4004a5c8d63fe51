#include "converters/ods/write.hpp"

#include "converters/ods/write_parts.hpp"
#include "converters/package/odf_writer.hpp"
#include "converters/package/part_deflater.hpp"
#include "converters/package/zip_writer.hpp"
#include "src/container/iso_moment.hpp"
#include "src/container/workbook_check.hpp"

namespace mk {

std::string write_ods(const workbook& book) {
    using namespace ods;
    check_writable(book);
    const workbook_properties& p = book.properties;
    return write_zip({
        {"mimetype", std::string(spreadsheet_media_type), true},
        streamed_entry("content.xml", [&](const text_sink& sink) { content_part(book, sink); }),
        {"styles.xml", styles_part(book)},
        {"meta.xml", write_odf_meta({p.title, p.subject, p.creator, with_time_of_day(p.created)})},
        {"settings.xml", settings_part(book)},
        {"META-INF/manifest.xml",
         write_odf_manifest(spreadsheet_media_type, {"content.xml", "styles.xml", "meta.xml", "settings.xml"})},
    });
}

}  // namespace mk
