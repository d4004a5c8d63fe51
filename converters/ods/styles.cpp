#include "converters/ods/styles.hpp"

#include <string_view>

namespace mk::ods {
namespace {

constexpr const char* style_containers[] = {"office:automatic-styles", "office:styles"};

bool shows_time(pugi::xml_node data_style) {
    return data_style.child("number:hours") || data_style.child("number:minutes") || data_style.child("number:seconds");
}

}  // namespace

style_facts read_style_facts(const std::vector<pugi::xml_node>& roots) {
    std::unordered_set<std::string> time_data_styles;
    for (pugi::xml_node root : roots)
        for (const char* container : style_containers)
            for (pugi::xml_node style : root.child(container).children())
                if (std::string_view name = style.name();
                    (name == "number:date-style" || name == "number:time-style") && shows_time(style))
                    time_data_styles.insert(style.attribute("style:name").value());
    style_facts facts;
    for (pugi::xml_node root : roots) {
        for (const char* container : style_containers) {
            for (pugi::xml_node style : root.child(container).children("style:style")) {
                std::string_view family = style.attribute("style:family").value();
                std::string name = style.attribute("style:name").value();
                if (family == "table" &&
                    std::string_view(style.child("style:table-properties").attribute("table:display").value()) ==
                        "false")
                    facts.hidden_tables.insert(name);
                if (family == "table-cell" &&
                    time_data_styles.contains(style.attribute("style:data-style-name").value()))
                    facts.time_cells.insert(name);
            }
        }
    }
    return facts;
}

}  // namespace mk::ods
