#pragma once
// Reading the WordprocessingML property elements (w:rPr, w:pPr) the document reader cares about.
#include <optional>
#include <string_view>

#include <pugixml.hpp>

namespace mk::docx {

// Run formatting that may be set at several places (run, character style, paragraph style).
struct run_format {
    std::optional<bool> yellow;
    std::optional<bool> bold;
    // Fills every unset property from fallback.
    void inherit(const run_format& fallback);
};

// A list reference (w:numPr); unset parts come from the paragraph style.
struct numbering_ref {
    std::optional<int> num_id;
    std::optional<int> level;
};

// Whether an on/off property element (w:b) is on; absent elements give nullopt.
std::optional<bool> on_off(pugi::xml_node property);
// The integer w:val of element, or nullopt when absent or not a number.
std::optional<int> int_value(pugi::xml_node element);
// The formatting a w:rPr sets.
run_format read_run_format(pugi::xml_node rpr);
// Whether a w:shd element fills with yellow; nullopt when absent.
std::optional<bool> shading_is_yellow(pugi::xml_node shd);
// The w:numPr of a w:pPr.
numbering_ref read_numbering_ref(pugi::xml_node ppr);

}  // namespace mk::docx
