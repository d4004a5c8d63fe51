#pragma once
// A fill plan carried out on a .docx template's own XML: word/document.xml is changed in place,
// headers and footers only get the text replacements, settings only the field update, and every
// other part is copied byte for byte, in the template's entry order.
#include <optional>
#include <string>
#include <string_view>

#include "src/container/fill_plan.hpp"

namespace mk {

// The template (the bytes of a .docx) with the plan carried out and remembered in the document's
// custom properties (converters/package/fill_memory.hpp); throws mk::error when the template is no
// usable .docx.
filled_document fill_docx(std::string_view template_bytes, const fill_plan& plan);

// The text of the fill memory a .docx keeps; nullopt when it keeps none. Throws mk::error when the
// bytes are no usable package.
std::optional<std::string> docx_fill_memory(std::string_view bytes);

}  // namespace mk
