#pragma once
// The parts of a .docx the writer makes, one function per part (each in its own file).
#include <cstddef>
#include <string>
#include <string_view>

#include "converters/docx/write_style_ids.hpp"
#include "src/container/document.hpp"

namespace mk::docx {

// The relationship ids of the main document part.
inline constexpr std::string_view styles_id = "rId1";
inline constexpr std::string_view numbering_id = "rId2";
inline constexpr std::string_view footer_id = "rId3";
inline constexpr std::string_view header_id = "rId4";

// The main part and how many numbered lists it holds (each restarts at 1).
struct document_xml {
    std::string xml;
    std::size_t numbered_lists = 0;
};

// [Content_Types].xml; has_header: whether word/header1.xml is in the package.
std::string content_types_part(bool has_header);
// word/_rels/document.xml.rels.
std::string document_relationships_part(bool has_header);
// word/document.xml: the body and its section properties.
document_xml document_part(const document& doc, const style_ids& styles);
// word/styles.xml: the built-in styles and every paragraph style the document names.
std::string styles_part(const style_ids& styles);
// word/numbering.xml: a bulleted list (numId 1) and numbered_lists numbered ones (numId 2 on).
std::string numbering_part(std::size_t numbered_lists);
// word/footer1.xml: the footer texts and the page number.
std::string footer_part(const document& doc, const style_ids& styles);
// word/header1.xml: the header texts.
std::string header_part(const document& doc, const style_ids& styles);

}  // namespace mk::docx
