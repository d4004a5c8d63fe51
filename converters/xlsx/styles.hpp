#pragma once
// The part of styles.xml a reader needs: which cell styles show numbers as dates.
#include <cstdint>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace mk::xlsx {

class cell_styles {
public:
    // Reads the cellXfs and numFmts of a styleSheet root; part names the part in errors.
    static cell_styles read(pugi::xml_node root, std::string_view part);

    // Number of cell styles (cellXfs entries); valid style indices are below it, and 0 is
    // always valid.
    std::size_t size() const { return is_date_.size(); }
    // Whether the cell style at index (< size()) shows numbers as dates or times.
    bool is_date(std::size_t index) const { return is_date_[index] != 0; }

private:
    std::vector<std::uint8_t> is_date_;
};

}  // namespace mk::xlsx
