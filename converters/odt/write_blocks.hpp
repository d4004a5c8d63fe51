#pragma once
// Blocks as ODF text content: headings, paragraphs, lists and tables, for the body, headers and footers.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::odt {

// The list styles of styles.xml.
inline constexpr std::string_view bullet_list_style = "Bullet_20_List";
inline constexpr std::string_view number_list_style = "Number_20_List";

class block_writer {
public:
    explicit block_writer(xml_writer& out);

    // Writes blocks as the content of office:text, a table cell or a page header.
    void write_blocks(const std::vector<block>& blocks);
    // Opens a text:p of the paragraph style shown as style, ready for inline content.
    void start_paragraph(std::string_view style);
    // Writes text inline: spaces as ODF keeps them, tabs and line breaks as elements.
    void write_text(std::string_view text);

private:
    // Writes the list items starting at blocks[at] whose level is at least level; returns the index after them.
    std::size_t write_list(const std::vector<block>& blocks, std::size_t at, std::uint32_t level);
    void write_paragraph(const block& b);
    void write_table(const block& table);

    xml_writer& out_;
    std::size_t tables_ = 0;
};

// The distinct valid cell shadings of doc's tables (nested ones too), in upper case, in the order first met.
std::vector<std::string> cell_shadings(const document& doc);

}  // namespace mk::odt
