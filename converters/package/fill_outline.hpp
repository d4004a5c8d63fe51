#pragma once
// What the fill algorithm (converters/package/fill_steps.cpp) knows about a body's outline: the
// headings each block stands under, the blocks removed sections take with them, and the manual
// heading numbers that must close the gaps they leave.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

namespace mk {

// A block of a body with the folded texts of the headings it stands under, outermost first (a
// heading stands under itself).
struct located_block {
    pugi::xml_node node;
    std::vector<std::string> headings;
};

// The headings open while a body is walked in reading order.
class heading_stack {
public:
    // The block as located now; a heading (level 1-9; 0 for other blocks) first closes the open
    // headings of its level and below and opens itself with text.
    located_block locate(pugi::xml_node node, int level, std::string_view text);

private:
    std::vector<std::pair<int, std::string>> open_;
};

// Which blocks the removed sections of a plan take, asked block by block in reading order.
class section_cutter {
public:
    explicit section_cutter(const std::vector<std::vector<std::string>>& removed) : removed_(removed) {}
    // Whether the block goes: it is a heading naming a removed section or lies in one, or it is a
    // table-of-contents entry naming one. level is the block's heading level, 0 for other blocks.
    bool removes(int level, std::string_view text, bool toc_entry);
    // Whether a table-of-contents entry has been removed so far (the page numbers after it shift).
    bool cut_toc() const { return cut_toc_; }

private:
    const std::vector<std::vector<std::string>>& removed_;
    int removing_level_ = 0;
    bool cut_toc_ = false;
};

// The manual numbers ("4. RESULTATREDOVISNING ÅK 9") of headings and table-of-contents entries
// when sections are removed: each kept one loses as many as were removed before it among its
// siblings (headings of its level under the same heading; the entries of the table of contents),
// so no gap is left and the template's own numbering otherwise stays.
class outline_numbers {
public:
    // Notes a heading (level 1-9) or, with level 0, a table-of-contents entry, in reading order.
    void note(pugi::xml_node node, int level, std::string_view text, bool removed);
    // The kept nodes whose number changes, with their new number.
    std::vector<std::pair<pugi::xml_node, int>> changes() const;

private:
    struct entry {
        pugi::xml_node node;
        int group = 0;
        int number = 0;
        bool removed = false;
    };
    std::vector<entry> entries_;
    // The open headings: level and the group their children form.
    std::vector<std::pair<int, int>> open_;
    int groups_ = 1;
};

// Replaces the number the text of the slots (PCDATA nodes in reading order) starts with by
// number; whether it started with one.
bool renumber_slots(const std::vector<pugi::xml_node>& slots, int number);

}  // namespace mk
