#include "converters/docx/write_parts.hpp"
#include "converters/package/opc_writer.hpp"

namespace mk::docx {

std::string document_relationships_part(bool has_header) {
    std::vector<relationship_entry> entries = {
        {std::string(styles_id), office_relationship_type("styles"), "styles.xml"},
        {std::string(numbering_id), office_relationship_type("numbering"), "numbering.xml"},
        {std::string(footer_id), office_relationship_type("footer"), "footer1.xml"},
    };
    if (has_header) entries.push_back({std::string(header_id), office_relationship_type("header"), "header1.xml"});
    return write_relationships(entries);
}

}  // namespace mk::docx
