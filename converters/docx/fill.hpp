#pragma once
// A fill plan carried out on a .docx template's own XML: word/document.xml is changed in place,
// headers and footers only get the text replacements, settings only the field update, and every
// other part is copied byte for byte, in the template's entry order.
#include <string>
#include <string_view>

#include "src/container/fill_plan.hpp"

namespace mk {

// The template (the bytes of a .docx) with the plan carried out; throws mk::error when the
// template is no usable .docx.
std::string fill_docx(std::string_view template_bytes, const fill_plan& plan);

}  // namespace mk
