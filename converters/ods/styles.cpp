#include "converters/ods/styles.hpp"

#include <string_view>

namespace mk::ods {
namespace {

constexpr const char* style_containers[] = {"office:automatic-styles", "office:styles"};

bool shows_time(pugi::xml_node data_style) {
    return data_style.child("number:hours") || data_style.child("number:minutes") || data_style.child("number:seconds");
}

// "#ff0000" → "FF0000"; empty for "transparent" and anything that is no #RRGGBB.
std::string background_of(pugi::xml_node style) {
    std::string_view value = style.child("style:table-cell-properties").attribute("fo:background-color").value();
    if (value.size() != 7 || value[0] != '#') return {};
    std::string out;
    for (char c : value.substr(1)) {
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return {};
        out += c;
    }
    return out;
}

// Each cell style's background, its own or else its nearest ancestor's (a style naming no
// background inherits its parent's, as LibreOffice's "Good", "Neutral" and "Bad" children do).
std::unordered_map<std::string, std::string> cell_backgrounds(const std::vector<pugi::xml_node>& roots) {
    struct entry {
        std::string own;
        std::string parent;
    };
    std::unordered_map<std::string, entry> styles;
    for (pugi::xml_node root : roots)
        for (const char* container : style_containers)
            for (pugi::xml_node style : root.child(container).children("style:style"))
                if (std::string_view(style.attribute("style:family").value()) == "table-cell")
                    styles.try_emplace(style.attribute("style:name").value(),
                                       entry{background_of(style), style.attribute("style:parent-style-name").value()});
    // Each style's resolved background (empty: none), found once per style: a walk up the parents
    // stops at a style already resolved, and everything it passed gets its answer.
    std::unordered_map<std::string_view, std::string> resolved;
    for (const auto& [name, style] : styles) {
        std::vector<std::string_view> path;
        std::unordered_set<std::string_view> on_path;
        std::string background;
        std::string_view at = name;
        while (true) {
            if (auto done = resolved.find(at); done != resolved.end()) {
                background = done->second;
                break;
            }
            auto found = styles.find(std::string(at));
            // A missing parent, or a loop back to a style on this path, has no background.
            if (found == styles.end() || !on_path.insert(found->first).second) break;
            path.push_back(found->first);
            if (!found->second.own.empty()) {
                background = found->second.own;
                break;
            }
            at = found->second.parent;
        }
        for (std::string_view passed : path) resolved.emplace(passed, background);
    }
    std::unordered_map<std::string, std::string> out;
    for (const auto& [name, background] : resolved)
        if (!background.empty()) out.emplace(name, background);
    return out;
}

}  // namespace

style_facts read_style_facts(const std::vector<pugi::xml_node>& roots) {
    std::unordered_set<std::string> time_data_styles;
    std::unordered_set<std::string> clock_data_styles;
    for (pugi::xml_node root : roots) {
        for (const char* container : style_containers) {
            for (pugi::xml_node style : root.child(container).children()) {
                std::string_view name = style.name();
                if ((name == "number:date-style" || name == "number:time-style") && shows_time(style))
                    time_data_styles.insert(style.attribute("style:name").value());
                if (name == "number:time-style" &&
                    std::string_view(style.attribute("number:truncate-on-overflow").value()) != "false")
                    clock_data_styles.insert(style.attribute("style:name").value());
            }
        }
    }
    style_facts facts;
    facts.cell_fills = cell_backgrounds(roots);
    for (pugi::xml_node root : roots) {
        for (const char* container : style_containers) {
            for (pugi::xml_node style : root.child(container).children("style:style")) {
                std::string_view family = style.attribute("style:family").value();
                std::string name = style.attribute("style:name").value();
                if (family == "table" &&
                    std::string_view(style.child("style:table-properties").attribute("table:display").value()) ==
                        "false")
                    facts.hidden_tables.insert(name);
                std::string_view data_style = style.attribute("style:data-style-name").value();
                if (family == "table-cell" && time_data_styles.contains(std::string(data_style)))
                    facts.time_cells.insert(name);
                if (family == "table-cell" && clock_data_styles.contains(std::string(data_style)))
                    facts.clock_cells.insert(name);
            }
        }
    }
    return facts;
}

}  // namespace mk::ods
