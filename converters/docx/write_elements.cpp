#include "converters/docx/write_elements.hpp"

#include "converters/package/xml.hpp"

namespace mk::docx {

void start_part_root(xml_writer& out, std::string_view name) {
    out.start(name);
    out.attribute("xmlns:w", ns::wordprocessingml);
    out.attribute("xmlns:r", ns::office_relationships);
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
