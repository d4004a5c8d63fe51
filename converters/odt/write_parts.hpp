#pragma once
// The parts of an .odt the writer makes, one function per part (each in its own file).
#include <string>
#include <string_view>

#include "src/container/document.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::odt {

inline constexpr std::string_view text_media_type = "application/vnd.oasis.opendocument.text";
inline constexpr std::string_view odf_version = "1.3";

// Declares the ODF namespaces the content, styles and meta parts use on their root element.
void write_namespaces(xml_writer& out);

// META-INF/manifest.xml.
std::string manifest_part();
// content.xml: the automatic styles of the body and the body.
std::string content_part(const document& doc);
// styles.xml: the paragraph and list styles, and the master page with the header and footer.
std::string styles_part(const document& doc);
// meta.xml with the document's title.
std::string meta_part(const document& doc);

}  // namespace mk::odt
