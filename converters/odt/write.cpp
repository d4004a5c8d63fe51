#include "converters/odt/write.hpp"

#include "converters/odt/write_parts.hpp"
#include "converters/package/odf_writer.hpp"
#include "converters/package/zip_writer.hpp"

namespace mk {

std::string write_odt(const document& doc) {
    using namespace odt;
    odf_meta meta;
    meta.title = doc.title;
    return write_zip({
        {"mimetype", std::string(text_media_type), true},
        {"content.xml", content_part(doc)},
        {"styles.xml", styles_part(doc)},
        {"meta.xml", write_odf_meta(meta)},
        {"META-INF/manifest.xml", write_odf_manifest(text_media_type, {"content.xml", "styles.xml", "meta.xml"})},
    });
}

}  // namespace mk
