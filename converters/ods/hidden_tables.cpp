#include "converters/ods/hidden_tables.hpp"

#include <string_view>

namespace mk::ods {

std::unordered_set<std::string> hidden_table_styles(const std::vector<pugi::xml_node>& roots) {
    std::unordered_set<std::string> hidden;
    for (pugi::xml_node root : roots) {
        for (const char* container : {"office:automatic-styles", "office:styles"}) {
            for (pugi::xml_node style : root.child(container).children("style:style")) {
                if (std::string_view(style.attribute("style:family").value()) != "table") continue;
                std::string_view display =
                    style.child("style:table-properties").attribute("table:display").value();
                if (display == "false") hidden.insert(style.attribute("style:name").value());
            }
        }
    }
    return hidden;
}

}  // namespace mk::ods
