// xl/sharedStrings.xml.
#include "converters/package/part_writer.hpp"
#include "converters/package/xml.hpp"
#include "converters/xlsx/text_escape.hpp"
#include "converters/xlsx/write_parts.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::xlsx {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether a reader could drop some of text's white space unless told to keep it.
bool needs_preserve(std::string_view text) {
    return !text.empty() &&
           (is_space(text.front()) || is_space(text.back()) || text.find_first_of("\t\n\r") != std::string_view::npos);
}

void write_string_item(xml_writer& out, std::string_view text) {
    out.start("si");
    out.start("t");
    if (needs_preserve(text)) out.attribute("xml:space", "preserve");
    out.text_content(escape_ooxml_text(text));
    out.end();
}

}  // namespace

std::string shared_strings_part(const shared_string_table& strings) {
    xml_writer out = part_writer();
    out.start("sst");
    out.attribute("xmlns", ns::spreadsheetml);
    out.attribute("count", std::to_string(strings.uses()));
    out.attribute("uniqueCount", std::to_string(strings.strings().size()));
    for (std::string_view text : strings.strings()) write_string_item(out, text);
    out.end();
    return out.finish();
}

}  // namespace mk::xlsx
