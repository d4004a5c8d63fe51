#include "converters/odt/body.hpp"

#include <algorithm>
#include <charconv>

#include "src/container/document_limits.hpp"

namespace mk::odt {
namespace {

// Most spaces one text:s may stand for.
constexpr std::size_t max_spaces = 10'000;

// Inline elements whose content is not part of the running text: hidden text, the informational
// list number, ruby annotations, tracked deletions. (Notes are read as the paragraph's notes.)
bool skipped_inline(std::string_view name) {
    return name == "text:number" || name == "text:ruby-text" || name == "text:hidden-text" ||
           name == "text:hidden-paragraph" || name == "text:tracked-changes";
}

// An element in a namespace ODF does not define, whose content is read as if it were not there
// unless it says office:process-content="false".
bool is_foreign(pugi::xml_node node) {
    return node.name()[0] == '{' && std::string_view(node.attribute("office:process-content").value()) != "false";
}

// What names a drawing (a draw:frame): its description (svg:desc, alt text), else its title
// (svg:title), else its name.
std::string drawing_text(pugi::xml_node frame) {
    for (const char* child : {"svg:desc", "svg:title"})
        if (std::string_view text = frame.child(child).text().get(); !text.empty()) return std::string(text);
    return frame.attribute("draw:name").value();
}

}  // namespace

std::size_t count_attribute(pugi::xml_node node, const char* name) {
    std::string_view value = node.attribute(name).value();
    std::size_t out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (value.empty() || ec != std::errc() || ptr != value.data() + value.size() || out == 0) return 1;
    return out;
}

text_reader::text_reader(const style_sheet& styles, std::string_view part, const object_notes* objects)
    : styles_(styles), part_(part), objects_(objects) {}

void text_reader::read_blocks(pugi::xml_node container, std::vector<block>& out) {
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    for (pugi::xml_node child : container.children()) read_block(child, list_place{}, out);
    if (pending_notes_.empty()) return;
    // Drawings after the last paragraph: a paragraph of their own.
    block b;
    b.notes = std::move(pending_notes_);
    pending_notes_.clear();
    out.push_back(std::move(b));
}

void text_reader::read_block(pugi::xml_node node, const list_place& place, std::vector<block>& out) {
    std::string_view name = node.name();
    if (name == "text:p" || name == "text:h") {
        read_paragraph(node, place, out);
    } else if (name == "text:list") {
        read_list(node, 0, {}, out);
    } else if (name == "table:table") {
        read_table(node, out);
    } else if (name == "text:section" || name == "text:index-body" || name == "text:index-title" ||
               name == "text:numbered-paragraph" || is_foreign(node)) {
        read_blocks(node, out);
    } else if (name.starts_with("draw:")) {
        // A shape anchored to the page (its text boxes and shapes inside it read as its blocks): its
        // text goes with the next paragraph.
        read_drawing(node);
    } else if (pugi::xml_node body = node.child("text:index-body")) {
        // A table of contents or other index: its generated body, not its source template.
        read_blocks(body, out);
    }
}

void text_reader::read_list(pugi::xml_node list, std::uint32_t level, const std::string& inherited_style,
                            std::vector<block>& out) {
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    std::string style = list.attribute("text:style-name").value();
    if (style.empty()) style = inherited_style;
    bool continues = std::string_view(list.attribute("text:continue-numbering").value()) == "true" ||
                     list.attribute("text:continue-list");
    if (level == 0 && !continues) list_counters_.erase(style);
    for (pugi::xml_node item : list.children()) {
        std::string_view item_name = item.name();
        if (item_name != "text:list-item" && item_name != "text:list-header") continue;
        std::string item_style = item.attribute("text:style-override").value();
        if (item_style.empty()) item_style = style;
        bool first = item_name == "text:list-item";
        for (pugi::xml_node child : item.children()) {
            std::string_view name = child.name();
            if (name == "text:list") {
                read_list(child, std::min<std::uint32_t>(level + 1, 9), item_style, out);
                continue;
            }
            list_place place{first && name == "text:p", level, item_style, {}};
            if (first && (name == "text:p" || name == "text:h")) {
                place.number = count_item(item, item_style, level);
                first = false;
            }
            read_block(child, place, out);
        }
    }
}

std::string text_reader::count_item(pugi::xml_node item, const std::string& list_style, std::uint32_t level) {
    level_counters& counters = list_counters_[list_style];
    const list_level* format = styles_.find_list_level(list_style, level);
    if (item.attribute("text:start-value"))
        counters.restart_at(level, static_cast<int>(std::min<std::size_t>(count_attribute(item, "text:start-value"),
                                                                           1'000'000)));
    counters.next(level, format ? format->start : 1);
    return styles_.list_number(list_style, level, counters);
}

void text_reader::read_paragraph(pugi::xml_node p, const list_place& place, std::vector<block>& out) {
    const resolved_style& style = styles_.paragraph(p.attribute("text:style-name").value());
    started_ = false;
    space_pending_ = false;
    number_.clear();
    read_inline(p, style.text);
    block b;
    b.style = style.name;
    if (std::string_view(p.name()) == "text:h") {
        b.kind = block_kind::heading;
        std::size_t level = p.attribute("text:outline-level") ? count_attribute(p, "text:outline-level") : 1;
        b.level = static_cast<std::uint32_t>(std::clamp<std::size_t>(level, 1, 9));
        if (!number_.empty()) {
            b.number = std::move(number_);
        } else if (!place.style.empty()) {
            b.number = place.number;
        } else if (const list_level* outline = styles_.find_outline_level(b.level - 1)) {
            outline_counters_.next(b.level - 1, outline->start);
            b.number = styles_.outline_number(b.level - 1, outline_counters_);
        }
    } else if (place.item) {
        b.kind = block_kind::list_item;
        b.level = place.level;
        std::string list_style = place.style.empty() ? style.list_style : place.style;
        const list_level* format = styles_.find_list_level(list_style, place.level);
        b.numbered = format && format->numbered;
    }
    text_.finish_into(b);
    b.notes = std::move(pending_notes_);
    pending_notes_.clear();
    budget_.add(b.text.size() + block_weight, part_);
    b.yellow = b.yellow || style.shaded_yellow;
    out.push_back(std::move(b));
}

void text_reader::append_characters(std::string_view text, const text_format& format) {
    // ODF white space: tabs and line ends are spaces, runs of spaces collapse to one, and white
    // space at the start and the end of a paragraph is dropped.
    std::string collapsed;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space_pending_ = started_;
            continue;
        }
        if (space_pending_) collapsed += ' ';
        space_pending_ = false;
        started_ = true;
        collapsed += c;
    }
    text_.append(collapsed, format.yellow.value_or(false), format.bold.value_or(false));
}

void text_reader::flush_space(const text_format& format) {
    if (space_pending_) text_.append(" ", format.yellow.value_or(false), format.bold.value_or(false));
    space_pending_ = false;
    started_ = true;
}

void text_reader::read_inline(pugi::xml_node parent, const text_format& format) {
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    for (pugi::xml_node child : parent.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            append_characters(child.value(), format);
            continue;
        }
        std::string_view name = child.name();
        if (name == "text:s") {
            flush_space(format);
            std::size_t count = std::min(count_attribute(child, "text:c"), max_spaces);
            budget_.require(text_.text().size() + count, part_);
            text_.append(std::string(count, ' '), format.yellow.value_or(false), format.bold.value_or(false));
        } else if (name == "text:tab") {
            flush_space(format);
            text_.append_break('\t');
        } else if (name == "text:line-break") {
            flush_space(format);
            text_.append_break('\n');
        } else if (name == "text:number" && std::string_view(parent.name()) == "text:h") {
            number_ = child.text().get();
        } else if (name == "text:span") {
            text_format inner = styles_.text(child.attribute("text:style-name").value()).text;
            inner.inherit(format);
            read_inline(child, inner);
        } else if (name == "text:ruby") {
            read_inline(child.child("text:ruby-base"), format);
        } else if (name == "text:note") {
            bool endnote = std::string_view(child.attribute("text:note-class").value()) == "endnote";
            read_note(child.child("text:note-body"), endnote ? note_kind::endnote : note_kind::footnote);
        } else if (name == "office:annotation") {
            read_note(child, note_kind::comment);
        } else if (name.starts_with("draw:")) {
            read_drawing(child);
        } else if ((name.starts_with("text:") && !skipped_inline(name)) || is_foreign(child)) {
            // Links, fields (their value is their content), meta, marks (which are empty) and
            // elements of other vocabularies (LibreOffice's content controls).
            read_inline(child, format);
        }
    }
}

std::string text_reader::story_text(pugi::xml_node container) {
    text_reader inner(styles_, part_, objects_);
    inner.depth_ = depth_;
    std::vector<block> blocks;
    inner.read_blocks(container, blocks);
    return note_text(blocks);
}

void text_reader::read_note(pugi::xml_node note, note_kind kind) { add_note(kind, story_text(note)); }

void text_reader::read_drawing(pugi::xml_node drawing) {
    if (objects_) {
        bool has_object = false;
        for (pugi::xml_node child : drawing.children()) {
            std::string_view name = child.name();
            if (name != "draw:object" && name != "draw:object-ole") continue;
            has_object = true;
            std::string_view folder = child.attribute("xlink:href").value();
            if (folder.starts_with("./")) folder.remove_prefix(2);
            if (folder.ends_with('/')) folder.remove_suffix(1);
            auto found = objects_->find(folder);
            if (found != objects_->end())
                add_note(found->second.kind, found->second.text);
            else
                add_note(note_kind::embedded_object, drawing_text(drawing));
        }
        // A frame's images are one picture in several forms, or an object's replacement picture.
        if (!has_object && drawing.child("draw:image")) add_note(note_kind::picture, drawing_text(drawing));
    }
    read_note(drawing, note_kind::text_box);
}

void text_reader::add_note(note_kind kind, std::string text) {
    if (text.empty()) return;
    // Counted as it is added: a chart's data may be shown again and again.
    budget_.add(text.size() + block_weight, part_);
    pending_notes_.push_back({kind, std::move(text)});
}

void text_reader::read_table(pugi::xml_node table, std::vector<block>& out) {
    nesting_guard tables(table_depth_, nesting_kind::tables, part_);
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    block result;
    result.kind = block_kind::table;
    std::size_t width = 0;
    bool leading = true;
    auto read_row = [&](pugi::xml_node row_node, bool header) {
        std::size_t row_start = budget_.total();
        table_row row;
        for (pugi::xml_node cell_node : row_node.children()) {
            std::string_view name = cell_node.name();
            bool covered = name == "table:covered-table-cell";
            if (!covered && name != "table:table-cell") continue;
            std::size_t repeat = count_attribute(cell_node, "table:number-columns-repeated");
            if (repeat > max_table_columns || row.cells.size() + repeat > max_table_columns) fail_table_too_large(part_);
            std::size_t cell_start = budget_.total();
            table_cell cell;
            cell.covered = covered;
            if (!covered) {
                cell.col_span = static_cast<std::uint32_t>(
                    std::min(count_attribute(cell_node, "table:number-columns-spanned"), max_table_columns));
                cell.row_span = static_cast<std::uint32_t>(
                    std::min(count_attribute(cell_node, "table:number-rows-spanned"), max_table_cells));
                read_blocks(cell_node, cell.blocks);
            }
            // Each repeat is a copy of the cell's content.
            budget_.add((budget_.total() - cell_start) * (repeat - 1), part_);
            row.cells.insert(row.cells.end(), repeat, cell);
        }
        std::size_t repeat = count_attribute(row_node, "table:number-rows-repeated");
        width = std::max(width, row.cells.size());
        if (repeat > max_table_cells || width * (result.rows.size() + repeat) > max_table_cells) fail_table_too_large(part_);
        budget_.add((budget_.total() - row_start) * (repeat - 1), part_);
        leading = leading && header;
        if (leading) result.header_rows += static_cast<std::uint32_t>(repeat);
        result.rows.insert(result.rows.end(), repeat, row);
    };
    auto read_rows = [&](auto& self, pugi::xml_node container, bool header, std::size_t depth) -> void {
        if (depth > max_element_depth) return;
        for (pugi::xml_node child : container.children()) {
            std::string_view name = child.name();
            if (name == "table:table-row")
                read_row(child, header);
            else if (name == "table:table-header-rows")
                self(self, child, true, depth + 1);
            else if (name == "table:table-rows" || name == "table:table-row-group")
                self(self, child, header, depth + 1);
        }
    };
    read_rows(read_rows, table, false, 0);
    square_table(result);
    budget_.add(result.rows.size() * result.column_count() * block_weight, part_);
    out.push_back(std::move(result));
}

}  // namespace mk::odt
