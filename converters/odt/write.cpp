#include "converters/odt/write.hpp"

#include "converters/odt/write_parts.hpp"
#include "converters/package/zip_writer.hpp"

namespace mk {

std::string write_odt(const document& doc) {
    using namespace odt;
    return write_zip({
        {"mimetype", std::string(text_media_type), true},
        {"content.xml", content_part(doc)},
        {"styles.xml", styles_part(doc)},
        {"meta.xml", meta_part(doc)},
        {"META-INF/manifest.xml", manifest_part()},
    });
}

}  // namespace mk
