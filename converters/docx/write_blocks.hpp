#pragma once
// Blocks as WordprocessingML: paragraphs, list items and tables, for the body, headers and footers.
#include <cstddef>
#include <string_view>
#include <vector>

#include "converters/docx/write_style_ids.hpp"
#include "src/container/document.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::docx {

// The numId of the bulleted list in word/numbering.xml; numbered lists follow it.
inline constexpr std::size_t bullet_list_id = 1;

class block_writer {
public:
    // Writes into out, naming paragraph styles by their ids in styles.
    block_writer(xml_writer& out, const style_ids& styles);

    // Writes blocks into a story (w:body, w:tc, w:ftr) that is width twips wide.
    void write_blocks(const std::vector<block>& blocks, std::size_t width);
    // Writes a w:p of style with b's text and run formatting.
    void write_paragraph(const block& b, std::string_view style);
    // Writes the runs of text, bold and yellow as given.
    void write_runs(std::string_view text, bool bold, bool yellow);
    // How many numbered lists have been written (numIds bullet_list_id + 1 and on).
    std::size_t numbered_lists() const { return numbered_lists_; }

private:
    void write_table(const block& table, std::size_t width);
    void write_cell(const table_cell& cell, std::size_t width, std::uint32_t col_span, std::string_view merge,
                    std::string_view shading);

    xml_writer& out_;
    const style_ids& styles_;
    std::size_t numbered_lists_ = 0;
    // The numId of the numbered list being written; 0 outside lists.
    std::size_t numbered_list_ = 0;
};

}  // namespace mk::docx
