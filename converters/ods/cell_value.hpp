#pragma once
// The value of one ODF table cell (office:value-type and its value attributes, or its text).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "converters/ods/styles.hpp"
#include "converters/package/xml_stream.hpp"
#include "src/container/workbook.hpp"

namespace mk::ods {

// Where a cell is, for messages: its sheet and 0-based position (possibly beyond the sheet's limits).
struct cell_place {
    std::string_view sheet;
    std::uint64_t row = 0;
    std::uint64_t col = 0;
};

// "content.xml, bladet "X", cell B3" in the current language; "rad 2000000, kolumn 3" beyond the limits.
std::string describe(const cell_place& place);

// What the start tag of a table:table-cell tells of its value.
struct value_start {
    // The value as a workbook cell (row and col not set), nullopt when the cell is empty or its
    // value is its text.
    std::optional<cell> value;
    // Set when the value is the cell's text (cell_text_reader), of this type.
    std::optional<cell_type> text_type;
};

// The value the attributes of a table:table-cell give; styles tell whether a date shows its time.
// Throws mk::error naming place when a value attribute is malformed.
value_start read_cell_value(std::span<const xml_attribute_event> attributes, const cell_place& place,
                            const style_facts& styles);

// The value of a cell whose start tag gave text_type, from its text: nullopt when the text is empty.
std::optional<cell> text_value(std::string text, cell_type type);

}  // namespace mk::ods
