#include "converters/docx/fill_body.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "converters/package/fill_outline.hpp"
#include "converters/package/fill_text.hpp"

namespace mk::docx_fill {
namespace {

std::string paragraph_text(pugi::xml_node p) {
    std::string text;
    for (auto t : p.select_nodes(".//w:t")) text += t.node().text().get();
    return text;
}

std::string style_id(pugi::xml_node p) { return p.child("w:pPr").child("w:pStyle").attribute("w:val").value(); }

// The outline level (1-9) of a heading paragraph, 0 for other blocks.
int heading_level(pugi::xml_node block) {
    if (std::string_view(block.name()) != "w:p") return 0;
    std::string style = style_id(block);
    std::string lower;
    for (char c : style) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::string_view prefix : {"heading", "rubrik"}) {
        if (lower.starts_with(prefix)) {
            std::string rest = lower.substr(prefix.size());
            if (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
            if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9') return rest[0] - '0';
        }
    }
    auto outline = block.child("w:pPr").child("w:outlineLvl");
    if (outline) {
        int level = outline.attribute("w:val").as_int(9) + 1;
        if (level >= 1 && level <= 9) return level;
    }
    return 0;
}

bool is_toc_entry(pugi::xml_node block) {
    if (std::string_view(block.name()) != "w:p") return false;
    std::string style = fold_key(style_id(block));
    return style.starts_with("toc") && style.size() > 3 && style[3] >= '1' && style[3] <= '9';
}

// The body's blocks in reading order (content controls opened), each with its headings.
std::vector<located_block> blocks(pugi::xml_node body) {
    std::vector<located_block> result;
    heading_stack stack;
    auto add = [&](auto&& self, pugi::xml_node parent) -> void {
        for (auto child : parent.children()) {
            std::string_view name = child.name();
            if (name == "w:sdt") {
                self(self, child.child("w:sdtContent"));
                continue;
            }
            if (name != "w:p" && name != "w:tbl") continue;
            int level = heading_level(child);
            result.push_back(stack.locate(child, level, level ? paragraph_text(child) : ""));
        }
    };
    add(add, body);
    return result;
}

// The text nodes of a paragraph's own runs (not those of paragraphs nested in it), in reading order.
std::vector<pugi::xml_node> text_slots(pugi::xml_node p) {
    std::vector<pugi::xml_node> slots;
    for (auto t : p.select_nodes(".//w:t")) {
        auto owner = t.node().parent();
        while (owner && std::string_view(owner.name()) != "w:p") owner = owner.parent();
        if (owner != p) continue;
        if (!t.node().first_child()) t.node().append_child(pugi::node_pcdata);
        slots.push_back(t.node().first_child());
    }
    return slots;
}

void keep_spaces(const std::vector<pugi::xml_node>& slots) {
    for (auto slot : slots) {
        auto t = slot.parent();
        if (!t.attribute("xml:space")) t.append_attribute("xml:space") = "preserve";
    }
}

// Drops the page number a static table-of-contents entry ends with (a tab, then digits).
void drop_page_number(pugi::xml_node p) {
    auto runs = p.select_nodes(".//w:r");
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

bool holds_section_break(pugi::xml_node block) { return block.child("w:pPr").child("w:sectPr"); }

std::vector<pugi::xml_node> children_named(pugi::xml_node node, std::string_view name) {
    std::vector<pugi::xml_node> found;
    for (auto child : node.children())
        if (name == child.name()) found.push_back(child);
    return found;
}

std::string cell_text(pugi::xml_node tc) {
    std::string text;
    for (auto p : children_named(tc, "w:p")) text += paragraph_text(p);
    return text;
}

std::vector<pugi::xml_node> rows_of(pugi::xml_node tbl) { return children_named(tbl, "w:tr"); }
std::vector<pugi::xml_node> cells_of(pugi::xml_node tr) { return children_named(tr, "w:tc"); }

pugi::xml_node find_table(pugi::xml_node body, const table_ref& ref) {
    for (const auto& block : blocks(body)) {
        if (std::string_view(block.node.name()) != "w:tbl" || !under_headings(block.headings, ref.headings)) continue;
        auto rows = rows_of(block.node);
        if (rows.empty()) continue;
        std::string header;
        for (auto tc : cells_of(rows.front())) header += cell_text(tc);
        if (fold_key(header).find(fold_key(ref.header)) != std::string::npos) return block.node;
    }
    return {};
}

void set_cell_text(pugi::xml_node tc, const std::string& text) {
    pugi::xml_document keep;
    auto rpr = tc.select_node(".//w:r/w:rPr").node();
    if (rpr) keep.append_copy(rpr);
    auto first = tc.child("w:p");
    if (!first) first = tc.append_child("w:p");
    for (auto p : children_named(tc, "w:p"))
        if (p != first) tc.remove_child(p);
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
        p = tc.insert_copy_after(proto.first_child(), p);
    }
}

void set_vmerge(pugi::xml_node tc, const char* value) {
    auto pr = tc.child("w:tcPr");
    if (!pr) pr = tc.prepend_child("w:tcPr");
    pr.remove_child("w:vMerge");
    if (!value) return;
    auto after = pr.child("w:gridSpan") ? pr.child("w:gridSpan") : pr.child("w:tcW");
    auto merge = after ? pr.insert_child_after("w:vMerge", after) : pr.prepend_child("w:vMerge");
    if (*value) merge.append_attribute("w:val") = value;
}

bool row_is_empty(pugi::xml_node tr) {
    for (auto tc : cells_of(tr))
        if (!fold_key(cell_text(tc)).empty()) return false;
    return true;
}

void add_rows(pugi::xml_node tbl, const row_fill& fill) {
    auto rows = rows_of(tbl);
    if (rows.size() < 2 || fill.rows.empty()) return;
    pugi::xml_document proto;
    proto.append_copy(rows[1]);
    pugi::xml_node after = rows.front();
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (row_is_empty(rows[i])) tbl.remove_child(rows[i]);
    for (const auto& texts : fill.rows) {
        after = tbl.insert_copy_after(proto.first_child(), after);
        auto cells = cells_of(after);
        for (std::size_t c = 0; c < cells.size(); ++c) set_cell_text(cells[c], c < texts.size() ? texts[c] : "");
    }
}

// Whether the first of rows contains text (folded); an empty text is in every row.
bool first_row_holds(const std::vector<pugi::xml_node>& rows, const std::string& text) {
    std::string first;
    for (auto tc : cells_of(rows.front())) first += cell_text(tc);
    return fold_key(first).find(fold_key(text)) != std::string::npos;
}

void rebuild_merged(pugi::xml_node body, pugi::xml_node tbl, const merged_table_fill& fill) {
    auto rows = rows_of(tbl);
    if (rows.empty() || fill.groups.empty()) return;
    std::size_t first_data = first_row_holds(rows, fill.header) ? 1 : 0;
    if (rows.size() <= first_data) return;
    pugi::xml_document proto;
    proto.append_copy(rows[first_data]);
    pugi::xml_node after = first_data ? rows.front() : rows.front().previous_sibling();
    auto insert = [&](pugi::xml_node row) {
        return after = after ? tbl.insert_copy_after(row, after) : tbl.prepend_copy(row);
    };
    auto model = first_data || !fill.header_from ? pugi::xml_node() : find_table(body, *fill.header_from);
    if (model && !rows_of(model).empty()) insert(rows_of(model).front());
    for (std::size_t i = first_data; i < rows.size(); ++i) tbl.remove_child(rows[i]);
    for (const auto& group : fill.groups) {
        for (std::size_t i = 0; i < group.below.size(); ++i) {
            insert(proto.first_child());
            auto cells = cells_of(after);
            if (cells.size() < 2) continue;
            set_cell_text(cells[0], i == 0 ? group.top : "");
            set_vmerge(cells[0], group.below.size() == 1 ? nullptr : i == 0 ? "restart" : "");
            set_cell_text(cells[1], group.below[i]);
        }
    }
}

void set_highlight(pugi::xml_node p, bool on) {
    for (auto found : p.select_nodes(".//w:r")) {
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
        static constexpr std::string_view later[] = {"w:u",   "w:effect", "w:bdr", "w:shd",  "w:fitText",
                                                     "w:vertAlign", "w:rtl", "w:cs",  "w:em",   "w:lang",
                                                     "w:eastAsianLayout", "w:specVanish", "w:oMath"};
        pugi::xml_node before;
        for (auto child : pr.children())
            if (!before && std::find(std::begin(later), std::end(later), std::string_view(child.name())) != std::end(later))
                before = child;
        auto mark = before ? pr.insert_child_before("w:highlight", before) : pr.append_child("w:highlight");
        mark.append_attribute("w:val") = "yellow";
    }
}

}  // namespace

void remove_sections(pugi::xml_node body, const fill_plan& plan) {
    if (plan.removed_sections.empty()) return;
    section_cutter cutter(plan.removed_sections);
    outline_numbers numbers;
    std::vector<pugi::xml_node> doomed;
    bool static_toc = !has_toc_field(body);
    for (const auto& block : blocks(body)) {
        int level = heading_level(block.node);
        bool toc_entry = is_toc_entry(block.node);
        std::string text = std::string_view(block.node.name()) == "w:p" ? paragraph_text(block.node) : "";
        bool removed = cutter.removes(level, text, toc_entry) && !holds_section_break(block.node);
        if (level || toc_entry) numbers.note(block.node, level, text, removed);
        if (removed) doomed.push_back(block.node);
        if (static_toc && toc_entry && !removed && cutter.cut_toc()) drop_page_number(block.node);
    }
    for (auto [p, number] : numbers.changes()) {
        auto slots = text_slots(p);
        if (renumber_slots(slots, number)) keep_spaces(slots);
    }
    for (auto node : doomed) node.parent().remove_child(node);
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

void fill_tables(pugi::xml_node body, const fill_plan& plan) {
    for (const auto& fill : plan.cells) {
        auto rows = rows_of(find_table(body, fill.table));
        if (rows.empty()) continue;
        std::vector<std::string> header, first_cells;
        for (auto tc : cells_of(rows.front())) header.push_back(cell_text(tc));
        for (auto tr : rows) first_cells.push_back(cell_text(tr.child("w:tc")));
        auto place = place_of(fill, header, first_cells);
        for (auto r : place.rows)
            if (auto cells = cells_of(rows[r]); place.column < cells.size()) set_cell_text(cells[place.column], fill.text);
    }
    for (const auto& fill : plan.rows)
        if (auto tbl = find_table(body, fill.table)) add_rows(tbl, fill);
    for (const auto& fill : plan.merged_tables)
        if (auto tbl = find_table(body, fill.table)) rebuild_merged(body, tbl, fill);
}

void highlight(pugi::xml_node body, const fill_plan& plan) {
    for (const auto& fill : plan.highlights) {
        std::vector<std::string> wanted;
        for (const auto& text : fill.texts) wanted.push_back(fold_key(text));
        for (const auto& block : blocks(body)) {
            if (!under_headings(block.headings, fill.headings)) continue;
            for (auto found : block.node.select_nodes("descendant-or-self::w:p")) {
                auto p = found.node();
                if (heading_level(p)) continue;
                std::string folded = fold_key(paragraph_text(p));
                set_highlight(p, std::find(wanted.begin(), wanted.end(), folded) != wanted.end());
            }
        }
    }
}

bool replace_texts(pugi::xml_node node, const fill_plan& plan) {
    if (plan.replacements.empty()) return false;
    bool changed = false;
    for (auto found : node.select_nodes("descendant-or-self::w:p")) {
        auto slots = text_slots(found.node());
        if (!replace_in_slots(slots, plan.replacements)) continue;
        changed = true;
        keep_spaces(slots);
    }
    return changed;
}

}  // namespace mk::docx_fill
