#include "converters/docx/write_elements.hpp"

#include "converters/docx/write_parts.hpp"

namespace mk::docx {

void start_part_root(xml_writer& out, std::string_view name) {
    out.start(name);
    out.attribute("xmlns:w", wordprocessing_namespace);
    out.attribute("xmlns:r", relationships_namespace);
}

void write_value_element(xml_writer& out, std::string_view name, std::string_view value) {
    out.start(name);
    out.attribute("w:val", value);
    out.end();
}

void write_empty_element(xml_writer& out, std::string_view name) {
    out.start(name);
    out.end();
}

}  // namespace mk::docx
