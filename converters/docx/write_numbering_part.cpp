#include "converters/docx/write_blocks.hpp"
#include "converters/docx/write_elements.hpp"
#include "converters/docx/write_parts.hpp"
#include "converters/package/part_writer.hpp"

namespace mk::docx {
namespace {

constexpr int bullet_abstract = 0;
constexpr int number_abstract = 1;
constexpr int levels = 9;
// Indentation of level 0 and the step per level, in twips.
constexpr int first_indent = 360;
constexpr int indent_step = 360;

constexpr std::string_view bullets[] = {"\u2022", "\u2013", "\u25E6"};

void write_level(xml_writer& out, int level, bool numbered) {
    out.start("w:lvl");
    out.attribute("w:ilvl", std::to_string(level));
    write_value_element(out, "w:start", "1");
    write_value_element(out, "w:numFmt", numbered ? "decimal" : "bullet");
    write_value_element(out, "w:lvlText", numbered ? "%" + std::to_string(level + 1) + "."
                                                   : std::string(bullets[level % std::size(bullets)]));
    write_value_element(out, "w:lvlJc", "left");
    out.start("w:pPr");
    out.start("w:ind");
    out.attribute("w:left", std::to_string(first_indent + indent_step * (level + 1)));
    out.attribute("w:hanging", std::to_string(indent_step));
    out.end();
    out.end();
    out.end();
}

void write_abstract_numbering(xml_writer& out, int id, bool numbered) {
    out.start("w:abstractNum");
    out.attribute("w:abstractNumId", std::to_string(id));
    write_value_element(out, "w:multiLevelType", "hybridMultilevel");
    for (int level = 0; level < levels; ++level) write_level(out, level, numbered);
    out.end();
}

// A list (w:num) of an abstract numbering; restart: whether it counts from 1 again.
void write_numbering_instance(xml_writer& out, std::size_t id, int abstract, bool restart) {
    out.start("w:num");
    out.attribute("w:numId", std::to_string(id));
    write_value_element(out, "w:abstractNumId", std::to_string(abstract));
    if (restart) {
        out.start("w:lvlOverride");
        out.attribute("w:ilvl", "0");
        write_value_element(out, "w:startOverride", "1");
        out.end();
    }
    out.end();
}

}  // namespace

std::string numbering_part(std::size_t numbered_lists) {
    xml_writer out = part_writer();
    start_part_root(out, "w:numbering");
    write_abstract_numbering(out, bullet_abstract, false);
    write_abstract_numbering(out, number_abstract, true);
    write_numbering_instance(out, bullet_list_id, bullet_abstract, false);
    for (std::size_t list = 1; list <= numbered_lists; ++list)
        write_numbering_instance(out, bullet_list_id + list, number_abstract, true);
    out.end();
    return out.finish();
}

}  // namespace mk::docx
