#pragma once
// XML parts parsed with pugixml: no DTD, valid UTF-8, and names rewritten by namespace URI.
//
// After loading, every element and prefixed attribute in a known namespace carries that namespace's
// canonical prefix (see xml.cpp), whatever prefix the file used; SpreadsheetML elements carry no
// prefix. Elements in unknown namespaces become "{uri}local", so they never match a known name.
// Readers therefore match "w:p" or "table:table-cell" and are matching namespace URIs, not prefixes.
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace mk {

class xml_part {
public:
    // Parses text (taking ownership); throws mk::error naming part when it is not well-formed,
    // has a DOCTYPE, is not UTF-8, or uses an undeclared prefix.
    static xml_part parse(std::string text, std::string_view part);

    // A copy of what parse gives for text, the parse itself remembered on this thread for the same
    // text (converters/package/remembered.hpp): for a template's parts, changed once per document
    // filled from it. Throws as parse does.
    static xml_part copy_of_parse(std::string_view text, std::string_view part);

    // The document element (e.g. "x:worksheet").
    pugi::xml_node root() const { return doc_->document_element(); }

private:
    std::unique_ptr<std::string> text_;
    std::unique_ptr<pugi::xml_document> doc_;
};

// While it lives, the pugixml trees made on this thread count against the memory budget for part
// (named when the budget is passed), as xml_part's do; a tree freed in the load gives back its count.
class xml_memory_scope {
public:
    explicit xml_memory_scope(std::string_view part);
    ~xml_memory_scope();
    xml_memory_scope(const xml_memory_scope&) = delete;
    xml_memory_scope& operator=(const xml_memory_scope&) = delete;

private:
    std::string_view previous_;
};

// Namespace URIs the readers match, in all their spellings.
namespace ns {
inline constexpr std::string_view spreadsheetml = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr std::string_view spreadsheetml_strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
inline constexpr std::string_view wordprocessingml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view wordprocessingml_strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view office_relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view office_relationships_strict =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";
inline constexpr std::string_view package_relationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr std::string_view content_types = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr std::string_view odf_office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view odf_table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr std::string_view odf_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr std::string_view odf_style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr std::string_view odf_fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr std::string_view odf_number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
inline constexpr std::string_view odf_draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
// LibreOffice's extensions of ODF (calcext:value-type).
inline constexpr std::string_view odf_calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
}  // namespace ns

// Whether a streamed name's namespace URI is SpreadsheetML's (transitional or strict) or none, as
// xml_part reads both as unprefixed names.
inline bool is_spreadsheetml_or_none(std::string_view uri) {
    return uri.empty() || uri == ns::spreadsheetml || uri == ns::spreadsheetml_strict;
}

// The name xml_part gives an element (attribute: an attribute) of local in the namespace uri (empty:
// none): "w:p", "table:table-cell", "c" in SpreadsheetML, "{uri}local" in an unknown namespace.
std::string canonical_name(std::string_view uri, std::string_view local, bool attribute);

// Concatenated text of all descendant PCDATA/CDATA of node, in document order.
std::string inner_text(pugi::xml_node node);

}  // namespace mk
