#include "converters/docx/diagram.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "converters/docx/text_body.hpp"

namespace mk::docx {
namespace {

// Whether a point (dgm:pt) holds what the diagram shows: a node or an assistant, not the document,
// a connection's transition or a presentation point.
bool shows_content(pugi::xml_node pt) {
    std::string_view type = pt.attribute("type").value();
    return type.empty() || type == "node" || type == "asst";
}

std::uint32_t source_order(pugi::xml_node cxn) {
    std::string_view text = cxn.attribute("srcOrd").value();
    std::uint32_t order = 0;
    std::from_chars(text.data(), text.data() + text.size(), order);
    return order;
}

// The children of each point by its parent-of connections (dgm:cxn of no type or type parOf), in
// their source order.
std::map<std::string_view, std::vector<std::string_view>> children_of(pugi::xml_node cxn_list) {
    std::map<std::string_view, std::vector<std::pair<std::uint32_t, std::string_view>>> ordered;
    for (pugi::xml_node cxn : cxn_list.children("dgm:cxn")) {
        std::string_view type = cxn.attribute("type").value();
        if (!type.empty() && type != "parOf") continue;
        ordered[cxn.attribute("srcId").value()].emplace_back(source_order(cxn), cxn.attribute("destId").value());
    }
    std::map<std::string_view, std::vector<std::string_view>> out;
    for (auto& [parent, children] : ordered) {
        std::stable_sort(children.begin(), children.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& child : children) out[parent].push_back(child.second);
    }
    return out;
}

}  // namespace

std::string diagram_text(pugi::xml_node data_model) {
    pugi::xml_node points = data_model.child("dgm:ptLst");
    std::map<std::string_view, pugi::xml_node> by_id;
    for (pugi::xml_node pt : points.children("dgm:pt")) by_id.emplace(pt.attribute("modelId").value(), pt);
    auto children = children_of(data_model.child("dgm:cxnLst"));

    std::vector<pugi::xml_node> shown;
    std::set<std::string_view> visited;
    std::vector<std::string_view> stack;  // depth first, without recursion: a file decides the depth
    auto walk_from = [&](std::string_view id) {
        stack.push_back(id);
        while (!stack.empty()) {
            std::string_view at = stack.back();
            stack.pop_back();
            if (!visited.insert(at).second) continue;
            if (auto pt = by_id.find(at); pt != by_id.end() && shows_content(pt->second)) shown.push_back(pt->second);
            if (auto below = children.find(at); below != children.end())
                stack.insert(stack.end(), below->second.rbegin(), below->second.rend());
        }
    };
    for (pugi::xml_node pt : points.children("dgm:pt"))
        if (std::string_view(pt.attribute("type").value()) == "doc") walk_from(pt.attribute("modelId").value());
    for (pugi::xml_node pt : points.children("dgm:pt"))
        if (shows_content(pt) && !visited.count(pt.attribute("modelId").value()))
            walk_from(pt.attribute("modelId").value());

    std::string out;
    for (pugi::xml_node pt : shown) {
        std::string text = text_body_text(pt.child("dgm:t"));
        if (text.empty()) continue;
        if (!out.empty()) out += '\n';
        out += text;
    }
    return out;
}

}  // namespace mk::docx
