#include "converters/docx/write_parts.hpp"
#include "converters/package/opc_writer.hpp"

namespace mk::docx {

std::string content_types_part(bool has_header) {
    std::string word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    std::vector<content_type_override> overrides = {
        {"/word/document.xml", word + "document.main+xml"},
        {"/word/styles.xml", word + "styles+xml"},
        {"/word/numbering.xml", word + "numbering+xml"},
        {"/word/footer1.xml", word + "footer+xml"},
    };
    if (has_header) overrides.push_back({"/word/header1.xml", word + "header+xml"});
    overrides.push_back({"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"});
    overrides.push_back({"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"});
    return write_content_types(overrides);
}

}  // namespace mk::docx
