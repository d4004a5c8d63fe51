#pragma once
// The text of an ODF table cell, as LibreOffice Calc shows it.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"

namespace mk::ods {

// Longest text a cell gets from text:s space runs (Excel's cell limit); a hostile text:c stops here.
inline constexpr std::size_t max_spaced_length = 32767;

// Gathers the text of one cell from the events inside it (one reader per part): the character content of its
// paragraphs (text:p, text:h) joined with '\n', text:s as spaces, text:tab as '\t',
// text:line-break as '\n'; annotations, note bodies, ruby text and drawings left out. White space
// in the character data is kept as written: LibreOffice writes runs of spaces and leading spaces
// literally in cells and reads them back unchanged, so it does not collapse them.
class cell_text_reader {
public:
    // An element opens inside the cell.
    void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event> attributes);
    // The innermost element open inside the cell ends.
    void end();
    // Character data inside the cell.
    void text(std::string_view piece);
    // The cell's text; the reader is ready for the next cell.
    std::string take();

private:
    uri_match text_uri_{ns::odf_text};
    std::string out_;
    int depth_ = 0;         // elements open inside the cell
    int skipped_from_ = 0;  // the depth of the element whose content is left out, 0 for none
    bool first_ = true;     // no paragraph yet
};

}  // namespace mk::ods
