#pragma once
// The XML writer of every part of a package (.xlsx, .docx, .ods, .odt): compact, since programs
// read the parts, and every byte of them is deflated when written and inflated when read.
#include "src/core/xml_writer.hpp"

namespace mk {

// A writer for one package part, with no white space between elements.
inline xml_writer part_writer() { return xml_writer(xml_layout::compact); }

// The same, handing the part to sink in pieces as it is written.
inline xml_writer part_writer(text_sink sink) { return xml_writer(std::move(sink), xml_layout::compact); }

}  // namespace mk
