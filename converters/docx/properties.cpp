#include "converters/docx/properties.hpp"

#include <charconv>
#include <string>

#include "src/text/ascii.hpp"

namespace mk::docx {
namespace {

}  // namespace

void run_format::inherit(const run_format& fallback) {
    if (!yellow) yellow = fallback.yellow;
    if (!bold) bold = fallback.bold;
}

std::optional<bool> on_off(pugi::xml_node property) {
    if (!property) return std::nullopt;
    pugi::xml_attribute val = property.attribute("w:val");
    if (!val) return true;
    std::string_view v = val.value();
    return !(v == "0" || v == "false" || v == "off");
}

std::optional<int> int_value(pugi::xml_node element) {
    pugi::xml_attribute val = element.attribute("w:val");
    if (!val) return std::nullopt;
    std::string_view v = val.value();
    int out = 0;
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || ptr != v.data() + v.size()) return std::nullopt;
    return out;
}

std::optional<bool> shading_is_yellow(pugi::xml_node shd) {
    if (!shd) return std::nullopt;
    return text::equals_ignoring_ascii_case(shd.attribute("w:fill").value(), "FFFF00");
}

run_format read_run_format(pugi::xml_node rpr) {
    run_format out;
    if (!rpr) return out;
    if (pugi::xml_node highlight = rpr.child("w:highlight"))
        out.yellow = std::string_view(highlight.attribute("w:val").value()) == "yellow";
    if (!out.yellow.value_or(false)) {
        std::optional<bool> shaded = shading_is_yellow(rpr.child("w:shd"));
        if (shaded) out.yellow = out.yellow.value_or(false) || *shaded;
    }
    out.bold = on_off(rpr.child("w:b"));
    return out;
}

numbering_ref read_numbering_ref(pugi::xml_node ppr) {
    numbering_ref out;
    pugi::xml_node numpr = ppr.child("w:numPr");
    if (!numpr) return out;
    out.num_id = int_value(numpr.child("w:numId"));
    out.level = int_value(numpr.child("w:ilvl"));
    return out;
}

}  // namespace mk::docx
