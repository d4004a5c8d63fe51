#pragma once
// The parts of an .odt the writer makes, one function per part (each in its own file).
#include <string>
#include <string_view>

#include "src/container/document.hpp"

namespace mk::odt {

inline constexpr std::string_view text_media_type = "application/vnd.oasis.opendocument.text";

// content.xml: the automatic styles of the body and the body.
std::string content_part(const document& doc);
// styles.xml: the paragraph and list styles, and the master page with the header and footer.
std::string styles_part(const document& doc);

}  // namespace mk::odt
