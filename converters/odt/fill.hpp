#pragma once
// A fill plan carried out on an .odt template's own XML: content.xml is changed in place,
// styles.xml (headers and footers) only gets the text replacements, and every other part is
// copied byte for byte, in the template's entry order (mimetype first and stored).
#include <optional>
#include <string>
#include <string_view>

#include "src/container/fill_plan.hpp"

namespace mk {

// The template (the bytes of an .odt) with the plan carried out and remembered in the document's
// meta.xml (converters/package/fill_memory.hpp); throws mk::error when the template is no usable
// .odt.
filled_document fill_odt(std::string_view template_bytes, const fill_plan& plan);

// The text of the fill memory an .odt keeps; nullopt when it keeps none. Throws mk::error when the
// bytes are no usable package.
std::optional<std::string> odt_fill_memory(std::string_view bytes);

}  // namespace mk
