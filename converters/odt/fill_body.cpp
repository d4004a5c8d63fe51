#include "converters/odt/fill_body.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "src/text/ascii.hpp"

namespace mk::odt_fill {
namespace {

constexpr const char* highlight_style = "mk_highlight";

bool is_paragraph(pugi::xml_node node) {
    std::string_view name = node.name();
    return name == "text:p" || name == "text:h";
}

int heading_level(pugi::xml_node paragraph) {
    if (std::string_view(paragraph.name()) != "text:h") return 0;
    return std::clamp(paragraph.attribute("text:outline-level").as_int(1), 1, 9);
}

}  // namespace

body_format::body_format(const odt::style_sheet& styles, pugi::xml_node automatic_styles)
    : styles_(styles), automatic_styles_(automatic_styles), highlight_styles_{highlight_style} {
    for (auto style : automatic_styles.children("style:style")) {
        auto props = style.child("style:text-properties");
        if (std::string_view(style.attribute("style:family").value()) == "text" &&
            text::equals_ignoring_ascii_case(props.attribute("fo:background-color").value(), "#ffff00"))
            highlight_styles_.insert(style.attribute("style:name").value());
    }
}

std::vector<body_block> body_format::blocks(pugi::xml_node body) const {
    std::vector<body_block> result;
    auto add = [&](auto&& self, pugi::xml_node parent) -> void {
        for (auto child : parent.children()) {
            std::string_view name = child.name();
            if (name == "text:section" || name == "text:index-body") {
                self(self, child);
            } else if (name == "text:table-of-content") {
                self(self, child.child("text:index-body"));
            } else if (name == "table:table") {
                result.push_back({child, 0, true, false, {}});
            } else if (name == "text:list") {
                auto h = child.select_node(".//text:h").node();
                result.push_back({child, heading_level(h), false, false, h});
            } else if (is_paragraph(child)) {
                int level = heading_level(child);
                bool toc =
                    !level && (std::string_view(parent.name()) == "text:index-body" ||
                               names_toc_entry(styles_.paragraph(child.attribute("text:style-name").value()).name));
                result.push_back({child, level, false, toc, child});
            }
        }
    };
    add(add, body);
    return result;
}

std::vector<pugi::xml_node> body_format::paragraphs(pugi::xml_node node) const {
    std::vector<pugi::xml_node> found;
    for (auto p : node.select_nodes("descendant-or-self::text:p | descendant-or-self::text:h"))
        found.push_back(p.node());
    return found;
}

bool body_format::is_heading(pugi::xml_node paragraph) const { return heading_level(paragraph) > 0; }

std::string body_format::paragraph_text(pugi::xml_node paragraph) const {
    std::string text;
    for (auto slot : text_slots(paragraph)) text += slot.value();
    return text;
}

std::vector<pugi::xml_node> body_format::text_slots(pugi::xml_node paragraph) const {
    std::vector<pugi::xml_node> slots;
    auto collect = [&](auto&& self, pugi::xml_node parent) -> void {
        for (auto child : parent.children()) {
            if (child.type() == pugi::node_pcdata)
                slots.push_back(child);
            else if (child.type() == pugi::node_element && !is_paragraph(child))
                self(self, child);
        }
    };
    collect(collect, paragraph);
    return slots;
}

std::vector<pugi::xml_node> body_format::rows(pugi::xml_node table) const {
    std::vector<pugi::xml_node> found;
    for (auto child : table.children()) {
        std::string_view name = child.name();
        if (name == "table:table-row")
            found.push_back(child);
        else if (name == "table:table-header-rows" || name == "table:table-rows" || name == "table:table-row-group")
            for (auto row : rows(child)) found.push_back(row);
    }
    return found;
}

std::vector<pugi::xml_node> body_format::cells(pugi::xml_node row) const {
    std::vector<pugi::xml_node> found;
    for (auto child : row.children()) {
        std::string_view name = child.name();
        if (name == "table:table-cell" || name == "table:covered-table-cell") found.push_back(child);
    }
    return found;
}

void body_format::set_cell_text(pugi::xml_node cell, const std::string& text) const {
    auto first = cell.child("text:p");
    if (!first) first = cell.append_child("text:p");
    for (auto child = cell.first_child(); child;) {
        auto next = child.next_sibling();
        if (child != first) cell.remove_child(child);
        child = next;
    }
    while (first.first_child()) first.remove_child(first.first_child());
    pugi::xml_document proto;
    proto.append_copy(first);
    std::size_t start = 0;
    pugi::xml_node p = first;
    while (true) {
        std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty()) p.append_child(pugi::node_pcdata).set_value(line.c_str());
        if (end == std::string::npos) break;
        start = end + 1;
        p = cell.insert_copy_after(proto.first_child(), p);
    }
}

void body_format::merge_down(pugi::xml_node cell, int rows) const {
    cell.remove_attribute("table:number-rows-spanned");
    if (rows == 0) {
        cell.set_name("table:covered-table-cell");
        while (cell.first_child()) cell.remove_child(cell.first_child());
        for (auto attr = cell.first_attribute(); attr;) {
            auto next = attr.next_attribute();
            if (std::string_view(attr.name()) != "table:style-name") cell.remove_attribute(attr);
            attr = next;
        }
        return;
    }
    cell.set_name("table:table-cell");
    if (rows > 1) cell.append_attribute("table:number-rows-spanned") = rows;
}

void body_format::set_highlight(pugi::xml_node paragraph, bool on) {
    for (auto child = paragraph.first_child(); child;) {
        auto next = child.next_sibling();
        if (std::string_view(child.name()) == "text:span" &&
            highlight_styles_.count(child.attribute("text:style-name").value())) {
            while (child.first_child()) paragraph.insert_move_before(child.first_child(), child);
            paragraph.remove_child(child);
        }
        child = next;
    }
    if (!on) return;
    if (!style_added_) {
        style_added_ = true;
        bool present = false;
        for (auto style : automatic_styles_.children("style:style"))
            present = present || std::string_view(style.attribute("style:name").value()) == highlight_style;
        if (!present) {
            auto style = automatic_styles_.append_child("style:style");
            style.append_attribute("style:name") = highlight_style;
            style.append_attribute("style:family") = "text";
            style.append_child("style:text-properties").append_attribute("fo:background-color") = "#ffff00";
        }
    }
    auto span = paragraph.append_child("text:span");
    span.append_attribute("text:style-name") = highlight_style;
    while (paragraph.first_child() != span) span.append_move(paragraph.first_child());
}

void body_format::drop_page_number(pugi::xml_node paragraph) const {
    pugi::xml_node last = paragraph;
    while (last.last_child() && last.last_child().type() == pugi::node_element &&
           std::string_view(last.last_child().name()) != "text:tab")
        last = last.last_child();
    auto number = last.last_child();
    std::string digits = number.value();
    auto tab = number.previous_sibling();
    if (number.type() != pugi::node_pcdata || digits.empty() ||
        digits.find_first_not_of("0123456789") != std::string::npos || std::string_view(tab.name()) != "text:tab")
        return;
    last.remove_child(number);
    last.remove_child(tab);
}

}  // namespace mk::odt_fill
