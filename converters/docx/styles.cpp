#include "converters/docx/styles.hpp"

#include <set>

#include "converters/package/remembered.hpp"
#include "converters/package/xml.hpp"
#include "src/text/ascii.hpp"

namespace mk::docx {
namespace {

// The heading level a style name or id implies ("heading 3", "Heading3"), or 0.
int heading_level_of_name(std::string_view name) {
    std::string lower;
    for (char c : name)
        if (c != ' ') lower += text::ascii_lower(c);
    if (lower.size() == 8 && lower.starts_with("heading") && lower[7] >= '1' && lower[7] <= '9') return lower[7] - '0';
    return 0;
}

}  // namespace

std::string display_style_name(std::string_view stored) {
    if (stored.empty() || !std::islower(static_cast<unsigned char>(stored.front()))) return std::string(stored);
    std::string out;
    bool word_start = true;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        char c = stored[i];
        if (word_start && (stored.substr(i, 4) == "toc " || stored.substr(i, 4) == "toa ")) {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(stored[i])));
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(stored[i + 1])));
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(stored[i + 2])));
            i += 2;
            word_start = false;
            continue;
        }
        out += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        word_start = c == ' ';
    }
    return out;
}

style_sheet::style_sheet(pugi::xml_node styles) {
    defaults_ = read_run_format(styles.child("w:docDefaults").child("w:rPrDefault").child("w:rPr"));
    for (pugi::xml_node style : styles.children("w:style")) {
        std::string id = style.attribute("w:styleId").value();
        std::string_view type = style.attribute("w:type").value();
        if (id.empty() || (type != "paragraph" && type != "character" && type != "numbering")) continue;
        std::string_view is_default = style.attribute("w:default").value();
        if (type == "paragraph" && (is_default == "1" || is_default == "true" || is_default == "on"))
            default_paragraph_ = id;
        entry e;
        e.name = display_style_name(style.child("w:name").attribute("w:val").value());
        e.based_on = style.child("w:basedOn").attribute("w:val").value();
        pugi::xml_node ppr = style.child("w:pPr");
        if (pugi::xml_node outline = ppr.child("w:outlineLvl")) e.outline_level = int_value(outline);
        e.numbering = read_numbering_ref(ppr);
        e.run = read_run_format(style.child("w:rPr"));
        e.shaded_yellow = shading_is_yellow(ppr.child("w:shd"));
        entries_.emplace(std::move(id), std::move(e));
    }
}

int heading_level(const style_sheet& styles, pugi::xml_node ppr) {
    if (pugi::xml_node outline = ppr.child("w:outlineLvl")) {
        int value = int_value(outline).value_or(9);
        return value >= 0 && value < 9 ? value + 1 : 0;
    }
    return styles.paragraph(ppr.child("w:pStyle").attribute("w:val").value()).heading_level;
}

const resolved_style& style_sheet::paragraph(std::string_view id) const {
    return resolve(id.empty() ? std::string_view(default_paragraph_) : id);
}

const resolved_style& style_sheet::style(std::string_view id) const { return resolve(id); }

const resolved_style& style_sheet::resolve(std::string_view id) const {
    if (auto found = resolved_.find(id); found != resolved_.end()) return found->second;
    resolved_style out;
    bool level_known = false;
    bool shading_known = false;
    std::set<std::string_view> seen;
    for (auto it = entries_.find(id); it != entries_.end() && seen.insert(it->first).second;
         it = entries_.find(it->second.based_on)) {
        const entry& e = it->second;
        if (out.name.empty()) out.name = e.name.empty() ? it->first : e.name;
        if (!level_known) {
            if (e.outline_level) {
                out.heading_level = *e.outline_level >= 0 && *e.outline_level < 9 ? *e.outline_level + 1 : 0;
                level_known = true;
            } else if (int level = heading_level_of_name(e.name); level || heading_level_of_name(it->first)) {
                out.heading_level = level ? level : heading_level_of_name(it->first);
                level_known = true;
            }
        }
        if (!out.numbering.num_id) out.numbering.num_id = e.numbering.num_id;
        if (!out.numbering.level) out.numbering.level = e.numbering.level;
        out.run.inherit(e.run);
        if (!shading_known && e.shaded_yellow) {
            out.shaded_yellow = *e.shaded_yellow;
            shading_known = true;
        }
    }
    return resolved_.emplace(std::string(id), std::move(out)).first->second;
}

struct style_sheet_tag {};

std::shared_ptr<const style_sheet> style_sheet_of(std::string_view part_bytes, std::string_view part) {
    return remembered<style_sheet_tag, style_sheet>(
        part_bytes, [&] { return style_sheet(xml_part::parse(std::string(part_bytes), part).root()); },
        [](const style_sheet&) { return true; });
}

}  // namespace mk::docx
