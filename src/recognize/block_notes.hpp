#pragma once
// The footnotes, endnotes, comments and text boxes of a document's paragraphs (block::notes), as
// the recognizers keep them (a work plan's notes) or name them (MK032 in an SK document).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "src/container/document.hpp"

namespace mk::recognize {

// The note's text led by the Swedish name of its kind, as the model keeps it: "Fotnot: Enligt
// skollagen." (the documents are Swedish, and the normalized XML does not depend on --lang).
std::string labelled_note(const block_note& note);

// A page header's or footer's text led by its Swedish name ("Sidhuvud: ...", "Sidfot: ..."), each
// line's white space collapsed, as the model keeps it.
std::string labelled_page_text(bool header, std::string_view text);

// Calls each with the row, the column (0-based) and every note of the paragraphs in that cell of
// table, those of tables nested in the cell included.
void for_each_cell_note(const block& table,
                        const std::function<void(std::size_t row, std::size_t column, const block_note&)>& each);

}  // namespace mk::recognize
