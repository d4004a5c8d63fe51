#pragma once
// SK documents (systematiskt kvalitetsarbete, .docx/.odt) → one school's sk_report.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/container/document.hpp"
#include "src/model/document.hpp"

namespace mk::recognize {

// Whether doc has the SK document's structure: headings naming both MÅLANALYS and PLANERINGSRAPPORT.
bool is_sk_document(const document& doc);

// What the document's filler (`sk generate`) wrote, by the memory the document keeps of its
// filling; a test is empty when the memory does not know.
struct written_by_filler {
    // Whether a paragraph stands as the filler wrote it.
    std::function<bool(const block&)> paragraph;
    // Whether a page header's or footer's text stands as the filler wrote it, page numbers aside.
    std::function<bool(std::string_view)> page_text;
    // Whether a picture or embedded object (is_picture) stands as the filler wrote it.
    std::function<bool(const block_note&)> picture;
};

// Reads a filled (or empty) SK document into a model of kind sk_report, with file_name in every
// source: the school (named by the title), the läsår (from the "Planering 2023-2024" subtitle),
// result, meritvärde, national test and survey tables, the Målanalys and Planeringsrapport goal
// rows (columns mapped by header text), the free-text answers, the development areas of the
// Bilagor with the school's own (highlighted yellow), and the goals of the SKA-mål table of the
// latest year (a goal table, see goal_table.hpp, under a heading naming SKA-mål and the year): its
// KF goals with their nämndmål, which are SKA-mål. Parts are found by headings and header texts.
// Development areas get the key of the entry of known_areas with the same text, else one derived
// from their text. With filler_wrote.paragraph, each paragraph no part is read from (table cells
// included) that the filler did not write is noted at its place (read_problem::unread_text): text
// the school wrote outside the answers; without it (a document filled by hand), none is, and the
// document is noted as unchecked (read_problem::outside_answers_unchecked). The footnotes, endnotes
// and text boxes (block::notes) of an answer's paragraph are lines of the answer ("Fotnot: ...");
// each other note, and each comment, is noted so too, with its kind ("Kommentar: ..."), at the
// paragraph or cell it is anchored in, unless the filler wrote it; without filler_wrote.paragraph,
// each is. A picture or embedded object is tested by filler_wrote.picture; with paragraph and
// without picture (a memory from before pictures were read), none is noted. With filler_wrote.page_text, each page header and footer the filler did not write is
// noted at the file ("Sidhuvud: ...", "Sidfot: ...").
model::document recognise_sk_document(const document& doc, const std::string& file_name,
                                      std::span<const model::development_area> known_areas = {},
                                      written_by_filler filler_wrote = {});

// A Målanalys row as sk generate fills it: each column's header word, in the order a header cell is
// matched against them (a cell is the column of the first word it contains, as this reader reads
// it), with goal's text for that column.
std::vector<std::pair<std::string_view, std::string>> analysed_goal_cells(const model::analysed_goal& goal);

// Whether a goal text works for a development area: the texts match as goals do
// (recognize::match_goal), or the goal's words contain nearly all of the area's.
bool goal_covers_area(std::string_view goal_text, std::string_view area_text);

// The number a value cell holds, read without locale: "104 %", "87,5 %", "224,6", "78"; nullopt
// when the text is no number.
std::optional<double> parse_sk_number(std::string_view text);

}  // namespace mk::recognize
