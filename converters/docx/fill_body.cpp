#include "converters/docx/fill_body.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace mk::docx_fill {
namespace {

std::vector<pugi::xml_node> children_named(pugi::xml_node node, std::string_view name) {
    std::vector<pugi::xml_node> found;
    for (auto child : node.children())
        if (name == child.name()) found.push_back(child);
    return found;
}

// The w:t elements of a paragraph's own runs (not those of paragraphs nested in it), in reading order.
std::vector<pugi::xml_node> own_texts(pugi::xml_node paragraph) {
    std::vector<pugi::xml_node> texts;
    for (auto t : paragraph.select_nodes(".//w:t")) {
        auto owner = t.node().parent();
        while (owner && std::string_view(owner.name()) != "w:p") owner = owner.parent();
        if (owner == paragraph) texts.push_back(t.node());
    }
    return texts;
}

std::string_view style_id(pugi::xml_node p) { return p.child("w:pPr").child("w:pStyle").attribute("w:val").value(); }

}  // namespace

std::vector<body_block> body_format::blocks(pugi::xml_node body) const {
    std::vector<body_block> result;
    auto add = [&](auto&& self, pugi::xml_node parent) -> void {
        for (auto child : parent.children()) {
            std::string_view name = child.name();
            if (name == "w:sdt") {
                self(self, child.child("w:sdtContent"));
            } else if (name == "w:tbl") {
                result.push_back({child, 0, true, false, {}});
            } else if (name == "w:p") {
                int level = docx::heading_level(styles_, child.child("w:pPr"));
                bool toc = !level && names_toc_entry(styles_.paragraph(style_id(child)).name);
                result.push_back({child, level, false, toc, child});
            }
        }
    };
    add(add, body);
    return result;
}

std::vector<pugi::xml_node> body_format::paragraphs(pugi::xml_node node) const {
    std::vector<pugi::xml_node> found;
    for (auto p : node.select_nodes("descendant-or-self::w:p")) found.push_back(p.node());
    return found;
}

bool body_format::is_heading(pugi::xml_node paragraph) const {
    return docx::heading_level(styles_, paragraph.child("w:pPr")) > 0;
}

std::string body_format::paragraph_text(pugi::xml_node paragraph) const {
    std::string text;
    for (auto t : own_texts(paragraph)) text += t.text().get();
    return text;
}

std::vector<pugi::xml_node> body_format::text_slots(pugi::xml_node paragraph) const {
    std::vector<pugi::xml_node> slots;
    for (auto t : own_texts(paragraph)) {
        if (!t.first_child()) t.append_child(pugi::node_pcdata);
        slots.push_back(t.first_child());
    }
    return slots;
}

void body_format::slots_changed(const std::vector<pugi::xml_node>& slots) const {
    for (auto slot : slots) {
        auto t = slot.parent();
        if (!t.attribute("xml:space")) t.append_attribute("xml:space") = "preserve";
    }
}

std::vector<pugi::xml_node> body_format::rows(pugi::xml_node table) const { return children_named(table, "w:tr"); }

std::vector<pugi::xml_node> body_format::cells(pugi::xml_node row) const { return children_named(row, "w:tc"); }

void body_format::set_cell_text(pugi::xml_node cell, const std::string& text) const {
    pugi::xml_document keep;
    auto rpr = cell.select_node(".//w:r/w:rPr").node();
    if (rpr) keep.append_copy(rpr);
    auto first = cell.child("w:p");
    if (!first) first = cell.append_child("w:p");
    for (auto p : children_named(cell, "w:p"))
        if (p != first) cell.remove_child(p);
    for (auto child = first.first_child(); child;) {
        auto next = child.next_sibling();
        if (std::string_view(child.name()) != "w:pPr") first.remove_child(child);
        child = next;
    }
    pugi::xml_document proto;
    proto.append_copy(first);
    std::size_t start = 0;
    pugi::xml_node p = first;
    while (true) {
        std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty()) {
            auto r = p.append_child("w:r");
            if (keep.first_child()) r.append_copy(keep.first_child());
            auto t = r.append_child("w:t");
            t.append_attribute("xml:space") = "preserve";
            t.text().set(line.c_str());
        }
        if (end == std::string::npos) break;
        start = end + 1;
        p = cell.insert_copy_after(proto.first_child(), p);
    }
}

void body_format::merge_down(pugi::xml_node cell, int rows) const {
    if (rows == 0) set_cell_text(cell, "");
    auto pr = cell.child("w:tcPr");
    if (!pr) pr = cell.prepend_child("w:tcPr");
    pr.remove_child("w:vMerge");
    if (rows == 1) return;
    auto after = pr.child("w:gridSpan") ? pr.child("w:gridSpan") : pr.child("w:tcW");
    auto merge = after ? pr.insert_child_after("w:vMerge", after) : pr.prepend_child("w:vMerge");
    if (rows > 1) merge.append_attribute("w:val") = "restart";
}

void body_format::set_highlight(pugi::xml_node paragraph, bool on) {
    for (auto found : paragraph.select_nodes(".//w:r")) {
        auto r = found.node();
        auto pr = r.child("w:rPr");
        if (!on) {
            auto mark = pr.child("w:highlight");
            if (mark && std::string_view(mark.attribute("w:val").value()) == "yellow") pr.remove_child(mark);
            continue;
        }
        if (!pr) pr = r.prepend_child("w:rPr");
        pr.remove_child("w:highlight");
        // CT_RPr's order: w:highlight comes before these.
        static constexpr std::string_view later[] = {
            "w:u",    "w:effect", "w:bdr", "w:shd",  "w:fitText",         "w:vertAlign",
            "w:rtl",  "w:cs",     "w:em",  "w:lang", "w:eastAsianLayout", "w:specVanish",
            "w:oMath"};
        pugi::xml_node before;
        for (auto child : pr.children())
            if (!before &&
                std::find(std::begin(later), std::end(later), std::string_view(child.name())) != std::end(later))
                before = child;
        auto mark = before ? pr.insert_child_before("w:highlight", before) : pr.append_child("w:highlight");
        mark.append_attribute("w:val") = "yellow";
    }
}

bool body_format::removable(pugi::xml_node block) const { return !block.child("w:pPr").child("w:sectPr"); }

void body_format::drop_page_number(pugi::xml_node paragraph) const {
    auto runs = paragraph.select_nodes(".//w:r");
    if (runs.empty()) return;
    auto last = runs[runs.size() - 1].node();
    auto number = last.last_child();
    std::string digits = number.text().get();
    if (std::string_view(number.name()) != "w:t" || digits.empty() ||
        digits.find_first_not_of("0123456789") != std::string::npos)
        return;
    auto tab = number.previous_sibling();
    if (std::string_view(tab.name()) != "w:tab") return;
    last.remove_child(number);
    last.remove_child(tab);
}

bool has_toc_field(pugi::xml_node body) {
    for (auto found : body.select_nodes(".//w:instrText | .//w:fldSimple")) {
        auto node = found.node();
        std::string instruction = std::string(node.text().get()) + node.attribute("w:instr").value();
        std::size_t start = instruction.find_first_not_of(' ');
        if (start != std::string::npos && instruction.compare(start, 4, "TOC ") == 0) return true;
    }
    return false;
}

}  // namespace mk::docx_fill
