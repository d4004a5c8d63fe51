#include "converters/xlsx/styles.hpp"

#include <string>
#include <unordered_map>

#include "converters/xlsx/numbers.hpp"
#include "src/core/error.hpp"

namespace mk::xlsx {
namespace {

std::uint32_t format_id(pugi::xml_node node, std::string_view part) {
    pugi::xml_attribute attr = node.attribute("numFmtId");
    if (!attr) return 0;
    auto id = parse_index(attr.value());
    if (!id)
        throw error("xlsx.bad_style",
                    tr("delen \"{0}\" har ett ogiltigt talformat-id \"{1}\": filen är skadad; spara om den i Excel "
                       "eller LibreOffice",
                       "the part \"{0}\" has an invalid number format id \"{1}\": the file is damaged; save it "
                       "again in Excel or LibreOffice",
                       {part, std::string_view(attr.value()).substr(0, 50)}));
    return *id;
}

// The RRGGBB of each <fill> in order: its foreground colour when its pattern is solid, else empty.
std::vector<std::string> solid_fills(pugi::xml_node root, const palette& colours) {
    std::vector<std::string> out;
    for (pugi::xml_node fill : root.child("fills").children("fill")) {
        pugi::xml_node pattern = fill.child("patternFill");
        bool solid = std::string_view(pattern.attribute("patternType").value()) == "solid";
        out.push_back(solid ? resolve_colour(pattern.child("fgColor"), colours).value_or("") : "");
    }
    return out;
}

}  // namespace

cell_styles cell_styles::read(pugi::xml_node root, std::string_view part, std::vector<std::string> theme) {
    std::unordered_map<std::uint32_t, format_kind> custom_kinds;
    for (pugi::xml_node format : root.child("numFmts").children("numFmt"))
        custom_kinds[format_id(format, part)] = format_code_kind(format.attribute("formatCode").value());
    const std::vector<std::string> fills = solid_fills(root, {std::move(theme), read_indexed_colours(root)});
    cell_styles styles;
    for (pugi::xml_node xf : root.child("cellXfs").children("xf")) {
        std::uint32_t id = format_id(xf, part);
        auto custom = custom_kinds.find(id);
        styles.kinds_.push_back(custom != custom_kinds.end() ? custom->second : builtin_format_kind(id));
        auto fill = parse_index(xf.attribute("fillId").value());
        styles.fills_.push_back(fill && *fill < fills.size() ? fills[*fill] : "");
    }
    return styles;
}

}  // namespace mk::xlsx
