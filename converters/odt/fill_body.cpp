#include "converters/odt/fill_body.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "converters/package/fill_outline.hpp"
#include "converters/package/fill_text.hpp"

namespace mk::odt_fill {
namespace {

constexpr const char* highlight_style = "mk_highlight";

bool is_paragraph(pugi::xml_node node) {
    std::string_view name = node.name();
    return name == "text:p" || name == "text:h";
}

// The text of a paragraph, without that of paragraphs nested in it (notes, frames).
std::string paragraph_text(pugi::xml_node p) {
    std::string text;
    for (auto child : p.children()) {
        if (child.type() == pugi::node_pcdata) text += child.value();
        else if (child.type() == pugi::node_element && !is_paragraph(child)) text += paragraph_text(child);
    }
    return text;
}

int heading_level(pugi::xml_node block) {
    std::string_view name = block.name();
    if (name == "text:h") return std::max(1, block.attribute("text:outline-level").as_int(1));
    if (name == "text:list")
        if (auto h = block.select_node(".//text:h").node()) return heading_level(h);
    return 0;
}

std::string block_text(pugi::xml_node block) {
    if (is_paragraph(block)) return paragraph_text(block);
    if (auto h = block.select_node(".//text:h").node()) return paragraph_text(h);
    return {};
}

bool is_toc_entry(pugi::xml_node block) {
    return std::string_view(block.parent().name()) == "text:index-body" ||
           fold_key(block.attribute("text:style-name").value()).starts_with("contents");
}

// The blocks of office:text in reading order (sections and indexes opened), with their headings.
std::vector<located_block> blocks(pugi::xml_node text) {
    std::vector<located_block> result;
    heading_stack stack;
    auto add = [&](auto&& self, pugi::xml_node parent) -> void {
        for (auto child : parent.children()) {
            std::string_view name = child.name();
            if (name == "text:section" || name == "text:index-body") {
                self(self, child);
                continue;
            }
            if (name == "text:table-of-content") {
                self(self, child.child("text:index-body"));
                continue;
            }
            if (!is_paragraph(child) && name != "table:table" && name != "text:list") continue;
            int level = heading_level(child);
            result.push_back(stack.locate(child, level, level ? block_text(child) : ""));
        }
    };
    add(add, text);
    return result;
}

// The text nodes of a paragraph (not those of paragraphs nested in it), in reading order.
std::vector<pugi::xml_node> text_slots(pugi::xml_node p) {
    std::vector<pugi::xml_node> slots;
    auto collect = [&](auto&& self, pugi::xml_node parent) -> void {
        for (auto child : parent.children()) {
            if (child.type() == pugi::node_pcdata) slots.push_back(child);
            else if (child.type() == pugi::node_element && !is_paragraph(child)) self(self, child);
        }
    };
    collect(collect, p);
    return slots;
}

// Drops the page number a table-of-contents entry ends with (a tab, then digits): LibreOffice does
// not update an index when it opens a file, and a static one never.
void drop_page_number(pugi::xml_node p) {
    pugi::xml_node last = p;
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

std::vector<pugi::xml_node> rows_of(pugi::xml_node table) {
    std::vector<pugi::xml_node> rows;
    for (auto child : table.children()) {
        std::string_view name = child.name();
        if (name == "table:table-row") rows.push_back(child);
        else if (name == "table:table-header-rows" || name == "table:table-rows" || name == "table:table-row-group")
            for (auto row : rows_of(child)) rows.push_back(row);
    }
    return rows;
}

std::vector<pugi::xml_node> cells_of(pugi::xml_node row) {
    std::vector<pugi::xml_node> cells;
    for (auto child : row.children()) {
        std::string_view name = child.name();
        if (name == "table:table-cell" || name == "table:covered-table-cell") cells.push_back(child);
    }
    return cells;
}

std::string cell_text(pugi::xml_node cell) {
    std::string text;
    for (auto p : cell.select_nodes(".//text:p | .//text:h")) text += paragraph_text(p.node());
    return text;
}

pugi::xml_node find_table(pugi::xml_node text, const table_ref& ref) {
    for (const auto& block : blocks(text)) {
        if (std::string_view(block.node.name()) != "table:table" || !under_headings(block.headings, ref.headings))
            continue;
        auto rows = rows_of(block.node);
        if (rows.empty()) continue;
        std::string header;
        for (auto cell : cells_of(rows.front())) header += cell_text(cell);
        if (fold_key(header).find(fold_key(ref.header)) != std::string::npos) return block.node;
    }
    return {};
}

void set_cell_text(pugi::xml_node cell, const std::string& text) {
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

// Makes cell an ordinary cell spanning rows rows, or (rows 0) a cell covered by the one above.
void set_row_span(pugi::xml_node cell, int rows) {
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

bool row_is_empty(pugi::xml_node row) {
    for (auto cell : cells_of(row))
        if (!fold_key(cell_text(cell)).empty()) return false;
    return true;
}

void add_rows(pugi::xml_node table, const row_fill& fill) {
    auto rows = rows_of(table);
    if (rows.size() < 2 || fill.rows.empty()) return;
    pugi::xml_document proto;
    proto.append_copy(rows[1]);
    pugi::xml_node after = rows[1];
    for (const auto& texts : fill.rows) {
        after = after.parent().insert_copy_after(proto.first_child(), after);
        auto cells = cells_of(after);
        for (std::size_t c = 0; c < cells.size(); ++c) set_cell_text(cells[c], c < texts.size() ? texts[c] : "");
    }
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (row_is_empty(rows[i])) rows[i].parent().remove_child(rows[i]);
}

// Whether the first of rows contains text (folded); an empty text is in every row.
bool first_row_holds(const std::vector<pugi::xml_node>& rows, const std::string& text) {
    std::string first;
    for (auto cell : cells_of(rows.front())) first += cell_text(cell);
    return fold_key(first).find(fold_key(text)) != std::string::npos;
}

void rebuild_merged(pugi::xml_node text, pugi::xml_node table, const merged_table_fill& fill) {
    auto rows = rows_of(table);
    if (rows.empty() || fill.groups.empty()) return;
    std::size_t first_data = first_row_holds(rows, fill.header) ? 1 : 0;
    if (rows.size() <= first_data || cells_of(rows[first_data]).empty()) return;
    pugi::xml_document proto;
    proto.append_copy(rows[first_data]);
    set_row_span(cells_of(proto.first_child()).front(), 1);
    pugi::xml_node after = rows[first_data];
    auto model = first_data || !fill.header_from ? pugi::xml_node() : find_table(text, *fill.header_from);
    if (model && !rows_of(model).empty()) after.parent().insert_copy_before(rows_of(model).front(), after);
    for (const auto& group : fill.groups) {
        for (std::size_t i = 0; i < group.below.size(); ++i) {
            after = after.parent().insert_copy_after(proto.first_child(), after);
            auto cells = cells_of(after);
            if (cells.size() < 2) continue;
            set_cell_text(cells[1], group.below[i]);
            if (i == 0) {
                set_cell_text(cells[0], group.top);
                set_row_span(cells[0], static_cast<int>(group.below.size()));
            } else {
                set_row_span(cells[0], 0);
            }
        }
    }
    for (std::size_t i = first_data; i < rows.size(); ++i) rows[i].parent().remove_child(rows[i]);
}

// Names of the automatic text styles that only highlight yellow, ours included.
std::set<std::string> highlight_styles(pugi::xml_node styles) {
    std::set<std::string> names{highlight_style};
    for (auto style : styles.children("style:style")) {
        auto props = style.child("style:text-properties");
        std::string colour = props.attribute("fo:background-color").value();
        if (std::string_view(style.attribute("style:family").value()) == "text" &&
            (colour == "#ffff00" || colour == "#FFFF00"))
            names.insert(style.attribute("style:name").value());
    }
    return names;
}

void ensure_highlight_style(pugi::xml_node styles) {
    for (auto style : styles.children("style:style"))
        if (std::string_view(style.attribute("style:name").value()) == highlight_style) return;
    auto style = styles.append_child("style:style");
    style.append_attribute("style:name") = highlight_style;
    style.append_attribute("style:family") = "text";
    style.append_child("style:text-properties").append_attribute("fo:background-color") = "#ffff00";
}

void unwrap_highlights(pugi::xml_node p, const std::set<std::string>& names) {
    for (auto child = p.first_child(); child;) {
        auto next = child.next_sibling();
        if (std::string_view(child.name()) == "text:span" && names.count(child.attribute("text:style-name").value())) {
            while (child.first_child()) p.insert_move_before(child.first_child(), child);
            p.remove_child(child);
        }
        child = next;
    }
}

void wrap_highlight(pugi::xml_node p) {
    auto span = p.append_child("text:span");
    span.append_attribute("text:style-name") = highlight_style;
    while (p.first_child() != span) span.append_move(p.first_child());
}

}  // namespace

void remove_sections(pugi::xml_node text, const fill_plan& plan) {
    if (plan.removed_sections.empty()) return;
    section_cutter cutter(plan.removed_sections);
    outline_numbers numbers;
    std::vector<pugi::xml_node> doomed;
    for (const auto& block : blocks(text)) {
        int level = heading_level(block.node);
        bool toc_entry = is_paragraph(block.node) && is_toc_entry(block.node);
        std::string written = block_text(block.node);
        bool removed = cutter.removes(level, written, toc_entry);
        if (level || toc_entry) numbers.note(block.node, level, written, removed);
        if (removed) doomed.push_back(block.node);
        if (toc_entry && !removed && cutter.cut_toc()) drop_page_number(block.node);
    }
    for (auto [block, number] : numbers.changes()) {
        auto p = is_paragraph(block) ? block : block.select_node(".//text:h").node();
        renumber_slots(text_slots(p), number);
    }
    for (auto node : doomed) node.parent().remove_child(node);
}

void fill_tables(pugi::xml_node text, const fill_plan& plan) {
    for (const auto& fill : plan.cells) {
        auto rows = rows_of(find_table(text, fill.table));
        if (rows.empty()) continue;
        std::vector<std::string> header, first_cells;
        for (auto cell : cells_of(rows.front())) header.push_back(cell_text(cell));
        for (auto row : rows) first_cells.push_back(cells_of(row).empty() ? "" : cell_text(cells_of(row).front()));
        auto place = place_of(fill, header, first_cells);
        for (auto r : place.rows)
            if (auto cells = cells_of(rows[r]); place.column < cells.size()) set_cell_text(cells[place.column], fill.text);
    }
    for (const auto& fill : plan.rows)
        if (auto table = find_table(text, fill.table)) add_rows(table, fill);
    for (const auto& fill : plan.merged_tables)
        if (auto table = find_table(text, fill.table)) rebuild_merged(text, table, fill);
}

void highlight(pugi::xml_node text, pugi::xml_node styles, const fill_plan& plan) {
    if (plan.highlights.empty()) return;
    auto names = highlight_styles(styles);
    ensure_highlight_style(styles);
    for (const auto& fill : plan.highlights) {
        std::vector<std::string> wanted;
        for (const auto& entry : fill.texts) wanted.push_back(fold_key(entry));
        for (const auto& block : blocks(text)) {
            if (!under_headings(block.headings, fill.headings) || heading_level(block.node)) continue;
            for (auto found : block.node.select_nodes("descendant-or-self::text:p")) {
                auto p = found.node();
                unwrap_highlights(p, names);
                if (std::find(wanted.begin(), wanted.end(), fold_key(paragraph_text(p))) != wanted.end())
                    wrap_highlight(p);
            }
        }
    }
}

bool replace_texts(pugi::xml_node node, const fill_plan& plan) {
    if (plan.replacements.empty()) return false;
    bool changed = false;
    for (auto found : node.select_nodes("descendant-or-self::text:p | descendant-or-self::text:h")) {
        auto slots = text_slots(found.node());
        changed = replace_in_slots(slots, plan.replacements) || changed;
    }
    return changed;
}

}  // namespace mk::odt_fill
