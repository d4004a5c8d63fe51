#include "converters/xlsx/shared_strings.hpp"

#include "converters/xlsx/text.hpp"

namespace mk::xlsx {

std::vector<std::string> read_shared_strings(pugi::xml_node root) {
    std::vector<std::string> strings;
    for (pugi::xml_node item : root.children("si")) strings.push_back(string_item_text(item));
    return strings;
}

}  // namespace mk::xlsx
