#include "converters/docx/body.hpp"

#include <algorithm>
#include <charconv>

#include "converters/package/xml_errors.hpp"
#include "src/container/document_limits.hpp"
#include "src/container/embedded_object.hpp"
#include "src/text/utf8.hpp"

namespace mk::docx {
namespace {

// The character of a w:sym element (a code point, often in the private-use area of a symbol font).
std::string symbol_text(pugi::xml_node sym) {
    std::string_view hex = sym.attribute("w:char").value();
    std::uint32_t code = 0;
    auto [ptr, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), code, 16);
    std::string out;
    if (hex.empty() || ec != std::errc() || ptr != hex.data() + hex.size() || code == 0 || code > 0x10FFFF ||
        (code >= 0xD800 && code <= 0xDFFF))
        return out;
    text::append_utf8(out, code);
    return out;
}

// The first of the attributes named names of each of nodes, in that order, that is not empty.
std::string first_value(std::initializer_list<const char*> names, std::initializer_list<pugi::xml_node> nodes) {
    for (const char* name : names)
        for (pugi::xml_node node : nodes)
            if (std::string_view value = node.attribute(name).value(); !value.empty()) return std::string(value);
    return {};
}

// What names a DrawingML graphic: its description (alt text), title or name, those of own (a
// picture's pic:cNvPr) before those of the drawing around it (wp:docPr of its wp:inline or wp:anchor).
std::string graphic_text(pugi::xml_node graphic, pugi::xml_node own = {}) {
    pugi::xml_node drawing;
    for (pugi::xml_node up = graphic.parent(); up && !drawing; up = up.parent()) {
        std::string_view name = up.name();
        if (name == "wp:inline" || name == "wp:anchor") drawing = up.child("wp:docPr");
    }
    return first_value({"descr", "title", "name"}, {own, drawing});
}

// The text of a VML picture (v:imagedata): its shape's description (alt), its title or the shape's id.
std::string vml_picture_text(pugi::xml_node imagedata) {
    pugi::xml_node shape = imagedata.parent();
    std::string text = first_value({"alt"}, {shape});
    if (text.empty()) text = first_value({"o:title"}, {imagedata});
    return text.empty() ? first_value({"id"}, {shape}) : text;
}

// SmartArt (its a:graphicData): the name of its drawing and, a line each, the texts of its data part.
std::string smart_art_text(pugi::xml_node graphic_data, const note_texts& notes) {
    std::string out = graphic_text(graphic_data);
    auto found = notes.diagrams.find(std::string_view(graphic_data.child("dgm:relIds").attribute("r:dm").value()));
    if (found != notes.diagrams.end()) out += (out.empty() ? "" : "\n") + found->second;
    return out;
}

// The kind of an embedded object by the program id it names (its program's, "Excel.Sheet.12"); the
// program id itself when it is none of the known ones.
std::string ole_kind(const std::string& program) {
    static constexpr std::pair<std::string_view, embedded_kind> programs[] = {
        {"Excel.", embedded_kind::spreadsheet},
        {"Word.", embedded_kind::text},
        {"PowerPoint.", embedded_kind::presentation},
        {"Visio.", embedded_kind::drawing},
        {"Equation.", embedded_kind::formula}};
    for (const auto& [prefix, kind] : programs)
        if (program.starts_with(prefix)) return std::string(embedded_kind_text(kind));
    return program;
}

// The element markup compatibility wants readers without extensions to use.
pugi::xml_node fallback_of(pugi::xml_node alternate) { return alternate.child("mc:Fallback"); }

// Inline and block wrappers whose content reads as if they were not there.
bool is_transparent(std::string_view name) {
    return name == "w:ins" || name == "w:moveTo" || name == "w:customXml" || name == "w:smartTag" ||
           name == "w:hyperlink" || name == "w:fldSimple" || name == "w:dir" || name == "w:bdo";
}

// The children of container named name, looking through content controls and custom XML.
void collect(pugi::xml_node container, std::string_view name, std::vector<pugi::xml_node>& out, std::size_t depth) {
    if (depth > max_element_depth) return;
    for (pugi::xml_node child : container.children()) {
        std::string_view child_name = child.name();
        if (child_name == name)
            out.push_back(child);
        else if (child_name == "w:sdt")
            collect(child.child("w:sdtContent"), name, out, depth + 1);
        else if (child_name == "w:customXml" || child_name == "w:ins" || child_name == "w:moveTo")
            collect(child, name, out, depth + 1);
    }
}

table_cell covered_cell() {
    table_cell cell;
    cell.covered = true;
    return cell;
}

enum class merge : std::uint8_t { none, restart, cont };

merge merge_of(pugi::xml_node property) {
    if (!property) return merge::none;
    return std::string_view(property.attribute("w:val").value()) == "restart" ? merge::restart : merge::cont;
}

std::size_t count_of(pugi::xml_node element, std::size_t fallback) {
    std::optional<int> value = int_value(element);
    return value && *value >= 0 ? static_cast<std::size_t>(*value) : fallback;
}

}  // namespace

story_reader::story_reader(const style_sheet& styles, numbering& lists, std::string_view part, const note_texts* notes)
    : styles_(styles), lists_(lists), part_(part), notes_(notes) {}

void story_reader::read_blocks(pugi::xml_node container, std::vector<block>& out) {
    read_block_children(container, out);
    finish(out);
}

void story_reader::finish(std::vector<block>& out) {
    if (joining_) finish_paragraph(joined_.first_child(), out);
}

void story_reader::read_block_children(pugi::xml_node container, std::vector<block>& out) {
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    for (pugi::xml_node child : container.children()) read_block(child, out);
}

void story_reader::read_block(pugi::xml_node child, std::vector<block>& out) {
    std::string_view name = child.name();
    if (name == "w:p") {
        read_paragraph(child, out);
    } else if (name == "w:tbl") {
        finish(out);
        read_table(child, out);
    } else if (name == "w:sdt") {
        read_block_children(child.child("w:sdtContent"), out);
    } else if (is_transparent(name)) {
        read_block_children(child, out);
    } else if (name == "mc:AlternateContent") {
        read_block_children(fallback_of(child), out);
    } else if (name == "w:sectPr") {
        read_section(child);
    } else if (name == "w:altChunk") {
        alt_chunk_ids_.emplace_back(child.attribute("r:id").value());
    }
}

void story_reader::read_section(pugi::xml_node sect) {
    for (pugi::xml_node ref : sect.children()) {
        std::string_view name = ref.name();
        if (name == "w:headerReference") header_ids_.emplace_back(ref.attribute("r:id").value());
        if (name == "w:footerReference") footer_ids_.emplace_back(ref.attribute("r:id").value());
    }
}

void story_reader::read_paragraph(pugi::xml_node p, std::vector<block>& out) {
    pugi::xml_node ppr = p.child("w:pPr");
    if (pugi::xml_node sect = ppr.child("w:sectPr")) read_section(sect);
    const resolved_style& style = styles_.paragraph(ppr.child("w:pStyle").attribute("w:val").value());
    run_format paragraph_run = style.run;
    paragraph_run.inherit(styles_.defaults());
    read_inline(p, paragraph_run);
    pugi::xml_node mark = ppr.child("w:rPr");
    if (mark.child("w:del") || mark.child("w:moveFrom")) {
        // Accepting the deletion of a paragraph mark joins this paragraph with the next one.
        joined_.reset();
        if (!joined_.append_copy(ppr)) fail_xml_out_of_memory(part_);
        joining_ = true;
        return;
    }
    finish_paragraph(ppr, out);
}

void story_reader::finish_paragraph(pugi::xml_node ppr, std::vector<block>& out) {
    joining_ = false;
    const resolved_style& style = styles_.paragraph(ppr.child("w:pStyle").attribute("w:val").value());
    block b;
    b.style = style.name;
    numbering_ref direct = read_numbering_ref(ppr);
    int num_id = direct.num_id.value_or(style.numbering.num_id.value_or(0));
    int level = std::clamp(direct.level.value_or(style.numbering.level.value_or(0)), 0, 8);
    bool listed = lists_.has_list(num_id);
    int heading = heading_level(styles_, ppr);
    std::string number = listed ? lists_.next_number(num_id, level) : std::string();
    if (heading > 0) {
        b.kind = block_kind::heading;
        b.level = static_cast<std::uint32_t>(heading);
        b.number = std::move(number);
    } else if (listed) {
        b.kind = block_kind::list_item;
        b.level = static_cast<std::uint32_t>(level);
        b.numbered = lists_.is_numbered(num_id, level);
    }
    text_.finish_into(b);
    b.notes = std::move(pending_notes_);
    pending_notes_.clear();
    // An empty paragraph that only carries a section break is layout, not content.
    if (b.text.empty() && b.notes.empty() && ppr.child("w:sectPr")) return;
    budget_.add(b.text.size() + block_weight, part_);
    b.yellow = b.yellow || shading_is_yellow(ppr.child("w:shd")).value_or(style.shaded_yellow);
    out.push_back(std::move(b));
}

void story_reader::read_inline(pugi::xml_node parent, const run_format& paragraph_run) {
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    for (pugi::xml_node child : parent.children()) {
        std::string_view name = child.name();
        if (name == "w:r")
            read_run(child, paragraph_run);
        else if (is_transparent(name))
            read_inline(child, paragraph_run);
        else if (name == "w:sdt")
            read_inline(child.child("w:sdtContent"), paragraph_run);
        else if (name == "mc:AlternateContent")
            read_inline(fallback_of(child), paragraph_run);
        else if (name == "w:ruby")
            read_inline(child.child("w:rubyBase"), paragraph_run);
    }
}

void story_reader::read_run(pugi::xml_node r, const run_format& paragraph_run) {
    pugi::xml_node rpr = r.child("w:rPr");
    run_format format = read_run_format(rpr);
    format.inherit(styles_.style(rpr.child("w:rStyle").attribute("w:val").value()).run);
    format.inherit(paragraph_run);
    bool yellow = format.yellow.value_or(false);
    bool bold = format.bold.value_or(false);
    for (pugi::xml_node child : r.children()) {
        std::string_view name = child.name();
        if (name == "w:fldChar") {
            std::string_view type = child.attribute("w:fldCharType").value();
            if (type == "begin") {
                fields_.push_back(false);
                ++fields_in_code_;
            } else if (type == "separate" && !fields_.empty() && !fields_.back()) {
                fields_.back() = true;
                --fields_in_code_;
            } else if (type == "end" && !fields_.empty()) {
                if (!fields_.back()) --fields_in_code_;
                fields_.pop_back();
            }
            continue;
        }
        if (fields_in_code_ > 0) continue;
        if (name == "w:t") {
            text_.append(child.text().get(), yellow, bold);
        } else if (name == "w:tab" || name == "w:ptab") {
            text_.append_break('\t');
        } else if (name == "w:br") {
            std::string_view type = child.attribute("w:type").value();
            if (type != "page" && type != "column") text_.append_break('\n');
        } else if (name == "w:cr") {
            text_.append_break('\n');
        } else if (name == "w:sym") {
            text_.append(symbol_text(child), yellow, bold);
        } else if (name == "w:noBreakHyphen") {
            text_.append("\u2011", yellow, bold);
        } else if (name == "w:softHyphen") {
            text_.append("\u00AD", yellow, bold);
        } else if (name == "w:footnoteReference" || name == "w:endnoteReference" || name == "w:commentReference") {
            read_note_reference(child);
        } else if (name == "w:drawing" || name == "w:pict" || name == "w:object") {
            read_drawing(child);
        } else if (name == "mc:AlternateContent") {
            // The fallback, or the first choice when there is none (a text box Word wrote only as a shape).
            pugi::xml_node fallback = fallback_of(child);
            read_run(fallback ? fallback : child.child("mc:Choice"), paragraph_run);
        }
    }
}

void story_reader::read_note_reference(pugi::xml_node reference) {
    if (!notes_) return;
    std::string_view name = reference.name();
    auto [kind, texts] = name == "w:footnoteReference"  ? std::pair(note_kind::footnote, &notes_->footnotes)
                         : name == "w:endnoteReference" ? std::pair(note_kind::endnote, &notes_->endnotes)
                                                        : std::pair(note_kind::comment, &notes_->comments);
    auto found = texts->find(std::string_view(reference.attribute("w:id").value()));
    if (found != texts->end()) add_note(kind, found->second);
}

void story_reader::add_note(note_kind kind, std::string text) {
    if (text.empty()) return;
    // Counted as it is added: one note may be referenced again and again.
    budget_.add(text.size() + block_weight, part_);
    pending_notes_.push_back({kind, std::move(text)});
}

void story_reader::read_drawing(pugi::xml_node drawing) {
    nesting_guard guard(depth_, nesting_kind::elements, part_);
    if (pugi::xml_node ole = drawing.child("o:OLEObject")) {
        // An embedded object (w:object): named by its kind; its picture is only a preview.
        if (notes_) add_note(note_kind::embedded_object, ole_kind(first_value({"ProgID"}, {ole})));
        return;
    }
    for (pugi::xml_node child : drawing.children()) {
        std::string_view name = child.name();
        if (name == "c:chart") {
            if (!notes_) continue;
            auto found = notes_->charts.find(std::string_view(child.attribute("r:id").value()));
            if (found != notes_->charts.end()) add_note(note_kind::chart, found->second);
            continue;
        }
        if (name == "pic:pic") {
            if (notes_)
                add_note(note_kind::picture, graphic_text(child, child.child("pic:nvPicPr").child("pic:cNvPr")));
            continue;
        }
        if (name == "v:imagedata") {
            if (notes_) add_note(note_kind::picture, vml_picture_text(child));
            continue;
        }
        if (name == "a:graphicData" && std::string_view(child.attribute("uri").value()).ends_with("/diagram")) {
            // SmartArt: named by its drawing, then its texts, which are in a part of its own.
            if (notes_) add_note(note_kind::embedded_object, smart_art_text(child, *notes_));
            continue;
        }
        if (name != "w:txbxContent") {
            read_drawing(child);
            continue;
        }
        story_reader box(styles_, lists_, part_, notes_);
        box.depth_ = depth_;
        std::vector<block> blocks;
        box.read_blocks(child, blocks);
        add_note(note_kind::text_box, note_text(blocks));
    }
}

void story_reader::read_table(pugi::xml_node tbl, std::vector<block>& out) {
    nesting_guard guard(table_depth_, nesting_kind::tables, part_);
    struct placed {
        std::size_t col;
        std::size_t span;
        merge vertical;
        merge horizontal;
    };
    block table;
    table.kind = block_kind::table;
    std::vector<std::vector<placed>> placements;
    std::vector<pugi::xml_node> rows;
    collect(tbl, "w:tr", rows, 0);
    std::size_t width = 0;
    bool in_header = true;
    for (pugi::xml_node tr : rows) {
        pugi::xml_node trpr = tr.child("w:trPr");
        if (trpr.child("w:del")) continue;
        in_header = in_header && on_off(trpr.child("w:tblHeader")).value_or(false);
        if (in_header) ++table.header_rows;
        table_row& row = table.rows.emplace_back();
        std::vector<placed>& placed_cells = placements.emplace_back();
        std::size_t col = std::min(count_of(trpr.child("w:gridBefore"), 0), max_table_columns);
        row.cells.resize(col);
        std::vector<pugi::xml_node> tcs;
        collect(tr, "w:tc", tcs, 0);
        for (pugi::xml_node tc : tcs) {
            pugi::xml_node tcpr = tc.child("w:tcPr");
            std::size_t span = std::max<std::size_t>(1, count_of(tcpr.child("w:gridSpan"), 1));
            if (span > max_table_columns || col + span > max_table_columns) fail_table_too_large(part_);
            placed_cells.push_back({col, span, merge_of(tcpr.child("w:vMerge")), merge_of(tcpr.child("w:hMerge"))});
            table_cell& cell = row.cells.emplace_back();
            cell.col_span = static_cast<std::uint32_t>(span);
            read_blocks(tc, cell.blocks);
            row.cells.resize(col + span, covered_cell());
            col += span;
        }
        row.cells.resize(col + std::min(count_of(trpr.child("w:gridAfter"), 0), max_table_columns - col));
        width = std::max(width, row.cells.size());
        if (width * table.rows.size() > max_table_cells) fail_table_too_large(part_);
    }
    // Resolve w:hMerge and w:vMerge into spans: the first cell of a group spans, the others are covered.
    std::vector<std::vector<std::size_t>> top_of(table.rows.size());
    constexpr std::size_t no_group = static_cast<std::size_t>(-1);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        std::vector<table_cell>& cells_of_row = table.rows[r].cells;
        top_of[r].assign(cells_of_row.size(), no_group);
        std::size_t horizontal_owner = no_group;
        for (const placed& p : placements[r]) {
            auto cover = [&](std::size_t from) {
                for (std::size_t c = from; c < p.col + p.span; ++c) cells_of_row[c] = covered_cell();
            };
            if (p.horizontal == merge::cont && horizontal_owner != no_group) {
                cells_of_row[horizontal_owner].col_span += static_cast<std::uint32_t>(p.span);
                cover(p.col);
                continue;
            }
            horizontal_owner = p.horizontal == merge::none ? no_group : p.col;
            bool above = r > 0 && p.col < top_of[r - 1].size() && top_of[r - 1][p.col] != no_group;
            if (p.vertical == merge::cont && above) {
                std::size_t top = top_of[r - 1][p.col];
                table.rows[top].cells[p.col].row_span = static_cast<std::uint32_t>(r - top + 1);
                cover(p.col);
                top_of[r][p.col] = top;
            } else if (p.vertical != merge::none) {
                top_of[r][p.col] = r;
            }
        }
    }
    square_table(table);
    budget_.add(table.rows.size() * table.column_count() * block_weight, part_);
    out.push_back(std::move(table));
}

}  // namespace mk::docx
