#pragma once
// The part of styles.xml a reader needs: which cell styles show numbers as dates, times or
// durations, and which have a solid fill.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "converters/xlsx/colours.hpp"
#include "converters/xlsx/number_formats.hpp"

namespace mk::xlsx {

class cell_styles {
public:
    // Reads the cellXfs, numFmts and fills of a styleSheet root, resolving theme colours with the
    // workbook's theme colours (read_theme_colours); part names the part in errors.
    static cell_styles read(pugi::xml_node root, std::string_view part, std::vector<std::string> theme = {});

    // Number of cell styles (cellXfs entries); valid style indices are below it, and 0 is
    // always valid.
    std::size_t size() const { return kinds_.size(); }
    // What the number format of the cell style at index makes of a number; a plain number for an
    // index at or above size().
    format_kind kind(std::size_t index) const { return index < kinds_.size() ? kinds_[index] : format_kind::number; }
    // The solid fill of the cell style at index as RRGGBB; empty for none (patterns other than solid
    // and fills from conditional formatting are not read).
    std::string_view fill(std::size_t index) const { return index < fills_.size() ? fills_[index] : std::string_view(); }

private:
    std::vector<format_kind> kinds_;
    std::vector<std::string> fills_;
};

}  // namespace mk::xlsx
