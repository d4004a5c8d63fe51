#pragma once
// word/numbering.xml: which lists are bulleted or numbered, and the numbers paragraphs display.
#include <array>
#include <map>
#include <string>

#include <pugixml.hpp>

#include "converters/docx/styles.hpp"
#include "src/container/list_number.hpp"

namespace mk::docx {

class numbering {
public:
    // No lists at all.
    numbering() = default;
    // Reads the w:numbering element; styles resolve w:numStyleLink.
    numbering(pugi::xml_node root, const style_sheet& styles);

    // Whether list num_id exists (numId 0 and unknown ids mean "no list").
    bool has_list(int num_id) const;
    // Whether level of list num_id shows a number (every format but "bullet").
    bool is_numbered(int num_id, int level) const;
    // Counts one more paragraph at level of list num_id and returns the number it displays
    // ("2.1."); empty for bullets and unnumbered levels.
    std::string next_number(int num_id, int level);

private:
    struct level_format {
        std::string format = "decimal";
        std::string text;
        int start = 1;
        bool legal = false;
        bool defined = false;
    };
    using levels = std::array<level_format, 9>;
    struct list {
        int abstract_id = -1;
        levels overrides;
    };
    const level_format* find_level(int num_id, int level) const;

    std::map<int, levels> abstracts_;
    std::map<int, list> lists_;
    std::map<int, level_counters> counters_;
};

}  // namespace mk::docx
