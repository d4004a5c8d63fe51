#pragma once
// The part of styles.xml a reader needs: which cell styles show numbers as dates, times or durations.
#include <cstdint>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "converters/xlsx/number_formats.hpp"

namespace mk::xlsx {

class cell_styles {
public:
    // Reads the cellXfs and numFmts of a styleSheet root; part names the part in errors.
    static cell_styles read(pugi::xml_node root, std::string_view part);

    // Number of cell styles (cellXfs entries); valid style indices are below it, and 0 is
    // always valid.
    std::size_t size() const { return kinds_.size(); }
    // What the number format of the cell style at index makes of a number; a plain number for an
    // index at or above size().
    format_kind kind(std::size_t index) const { return index < kinds_.size() ? kinds_[index] : format_kind::number; }

private:
    std::vector<format_kind> kinds_;
};

}  // namespace mk::xlsx
