#include "converters/package/fill_steps.hpp"

#include <algorithm>

#include "converters/package/fill_outline.hpp"
#include "converters/package/fill_text.hpp"

namespace mk {
namespace {

// A body's blocks, each with the folded texts of the headings it stands under.
std::vector<std::pair<body_block, std::vector<std::string>>> located_blocks(pugi::xml_node body,
                                                                            const fill_format& format) {
    std::vector<std::pair<body_block, std::vector<std::string>>> result;
    heading_stack stack;
    for (auto& block : format.blocks(body)) {
        auto headings =
            stack.locate(block.node, block.level, block.level ? format.paragraph_text(block.paragraph) : "").headings;
        result.emplace_back(std::move(block), std::move(headings));
    }
    return result;
}

std::string cell_text(const fill_format& format, pugi::xml_node cell) {
    std::string text;
    for (auto p : format.paragraphs(cell)) text += format.paragraph_text(p);
    return text;
}

std::string row_text(const fill_format& format, pugi::xml_node row) {
    std::string text;
    for (auto cell : format.cells(row)) text += cell_text(format, cell);
    return text;
}

// A table found by its headings and header, and the index of its header row.
struct found_table {
    pugi::xml_node node;
    std::size_t header_row = 0;
};

found_table find_table(pugi::xml_node body, const table_ref& ref, const fill_format& format) {
    for (const auto& [block, headings] : located_blocks(body, format)) {
        if (!block.table || !under_headings(headings, ref.headings)) continue;
        auto rows = format.rows(block.node);
        std::string header = fold_key(ref.header);
        for (std::size_t r = 0; r < rows.size() && r <= table_title_rows; ++r)
            if (fold_key(row_text(format, rows[r])).find(header) != std::string::npos) return {block.node, r};
    }
    return {};
}

void remove_sections(pugi::xml_node body, const fill_plan& plan, const fill_format& format) {
    if (plan.removed_sections.empty()) return;
    section_cutter cutter(plan.removed_sections);
    outline_numbers numbers;
    std::vector<pugi::xml_node> doomed;
    bool static_toc = !format.toc_updates_itself();
    for (const auto& block : format.blocks(body)) {
        bool named = block.level || block.toc_entry;
        std::string text = named ? format.paragraph_text(block.paragraph) : "";
        bool removed = cutter.removes(block.level, text, block.toc_entry) && format.removable(block.node);
        if (named) numbers.note(block.paragraph, block.level, text, removed);
        if (removed) doomed.push_back(block.node);
        if (static_toc && block.toc_entry && !removed && cutter.cut_toc()) format.drop_page_number(block.paragraph);
    }
    for (auto [p, number] : numbers.changes()) {
        auto slots = format.text_slots(p);
        if (renumber_slots(slots, number)) format.slots_changed(slots);
    }
    for (auto node : doomed) node.parent().remove_child(node);
}

// Sets the plan's cells; with update, only those still empty or holding what malkedja wrote.
void set_cells(pugi::xml_node body, const fill_plan& plan, const fill_format& format, fill_log& log) {
    for (const auto& fill : plan.cells) {
        found_table table = find_table(body, fill.table, format);
        auto rows = format.rows(table.node);
        if (rows.empty()) continue;
        std::vector<std::string> header, first_cells;
        for (auto cell : format.cells(rows[table.header_row])) header.push_back(cell_text(format, cell));
        for (auto row : rows) {
            auto cells = format.cells(row);
            first_cells.push_back(cells.empty() ? "" : cell_text(format, cells.front()));
        }
        auto place = place_of(fill, header, first_cells);
        std::string key = slot_key(fill);
        const std::string* before = log.before ? log.before->written(key) : nullptr;
        bool written = false;
        for (auto r : place.rows) {
            auto cells = format.cells(rows[r]);
            if (place.column >= cells.size()) continue;
            if (plan.update) {
                std::string current = cell_text(format, cells[place.column]);
                std::string folded = fold_key(current);
                if (!folded.empty() && !(before && folded == fold_key(*before))) {
                    if (folded != fold_key(fill.text)) log.kept.push_back({fill, current});
                    continue;
                }
            }
            format.set_cell_text(cells[place.column], fill.text);
            written = true;
        }
        if (written) log.written.emplace_back(key, fill.text);
    }
}

// For each cell of a header row, the index of the first of columns it contains; columns.size() for
// none.
std::vector<std::size_t> column_slots(const fill_format& format, pugi::xml_node header_row,
                                      const std::vector<std::string>& columns) {
    std::vector<std::string> words;
    for (const auto& column : columns) words.push_back(fold_key(column));
    std::vector<std::size_t> slots;
    for (auto cell : format.cells(header_row)) {
        std::string header = fold_key(cell_text(format, cell));
        std::size_t slot = 0;
        while (slot < words.size() && header.find(words[slot]) == std::string::npos) ++slot;
        slots.push_back(slot);
    }
    return slots;
}

// The rows go right after the header row, in the row group of the first row after it; the empty
// rows there are dropped.
void add_rows(const found_table& table, const row_fill& fill, const fill_format& format) {
    auto rows = format.rows(table.node);
    std::size_t first = table.header_row + 1;
    if (rows.size() <= first || fill.rows.empty()) return;
    std::vector<std::size_t> slots = column_slots(format, rows[table.header_row], fill.columns);
    pugi::xml_document proto;
    proto.append_copy(rows[first]);
    for (const auto& texts : fill.rows) {
        auto row = rows[first].parent().insert_copy_before(proto.first_child(), rows[first]);
        auto cells = format.cells(row);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::size_t slot = c < slots.size() ? slots[c] : texts.size();
            format.set_cell_text(cells[c], slot < texts.size() ? texts[slot] : "");
        }
    }
    for (std::size_t i = first; i < rows.size(); ++i)
        if (fold_key(row_text(format, rows[i])).empty()) rows[i].parent().remove_child(rows[i]);
}

void rebuild_merged(pugi::xml_node body, pugi::xml_node table, const merged_table_fill& fill,
                    const fill_format& format) {
    auto rows = format.rows(table);
    if (rows.empty() || fill.groups.empty()) return;
    std::size_t first_data = fold_key(row_text(format, rows.front())).find(fold_key(fill.header)) != std::string::npos;
    if (rows.size() <= first_data || format.cells(rows[first_data]).empty()) return;
    pugi::xml_document proto;
    proto.append_copy(rows[first_data]);
    format.merge_down(format.cells(proto.first_child()).front(), 1);
    pugi::xml_node anchor = rows[first_data];
    auto insert = [&](pugi::xml_node row) { return anchor.parent().insert_copy_before(row, anchor); };
    auto model = first_data || !fill.header_from ? pugi::xml_node() : find_table(body, *fill.header_from, format).node;
    if (auto model_rows = format.rows(model); !model_rows.empty()) insert(model_rows.front());
    for (const auto& group : fill.groups) {
        for (std::size_t i = 0; i < group.below.size(); ++i) {
            auto cells = format.cells(insert(proto.first_child()));
            if (cells.size() < 2) continue;
            format.set_cell_text(cells[1], group.below[i]);
            if (i == 0) {
                format.set_cell_text(cells[0], group.top);
                format.merge_down(cells[0], static_cast<int>(group.below.size()));
            } else {
                format.merge_down(cells[0], 0);
            }
        }
    }
    for (std::size_t i = first_data; i < rows.size(); ++i) rows[i].parent().remove_child(rows[i]);
}

void fill_tables(pugi::xml_node body, const fill_plan& plan, const fill_format& format, fill_log& log) {
    set_cells(body, plan, format, log);
    for (const auto& fill : plan.rows)
        if (found_table table = find_table(body, fill.table, format); table.node) add_rows(table, fill, format);
    for (const auto& fill : plan.merged_tables)
        if (found_table table = find_table(body, fill.table, format); table.node)
            rebuild_merged(body, table.node, fill, format);
}

// Every paragraph of the blocks under the headings is highlighted or not, one by one; a heading
// paragraph never is (a list block holding a heading still has its other items considered).
void highlight(pugi::xml_node body, const fill_plan& plan, fill_format& format) {
    for (const auto& fill : plan.highlights) {
        std::vector<std::string> wanted;
        for (const auto& text : fill.texts) wanted.push_back(fold_key(text));
        for (const auto& [block, headings] : located_blocks(body, format)) {
            if (!under_headings(headings, fill.headings)) continue;
            for (auto p : format.paragraphs(block.node)) {
                if (format.is_heading(p)) continue;
                std::string folded = fold_key(format.paragraph_text(p));
                format.set_highlight(p, std::find(wanted.begin(), wanted.end(), folded) != wanted.end());
            }
        }
    }
}

}  // namespace

bool names_toc_entry(std::string_view style_name) {
    std::string folded = fold_key(style_name);
    return folded.starts_with("toc") && folded.size() > 3 && folded[3] >= '1' && folded[3] <= '9';
}

void fill_body(pugi::xml_node body, const fill_plan& plan, fill_format& format, fill_log& log) {
    remove_sections(body, plan, format);
    fill_tables(body, plan, format, log);
    highlight(body, plan, format);
    replace_texts(body, plan, format);
}

bool replace_texts(pugi::xml_node node, const fill_plan& plan, const fill_format& format) {
    if (plan.replacements.empty()) return false;
    bool changed = false;
    for (auto p : format.paragraphs(node)) {
        auto slots = format.text_slots(p);
        if (!replace_in_slots(slots, plan.replacements)) continue;
        changed = true;
        format.slots_changed(slots);
    }
    return changed;
}

}  // namespace mk
