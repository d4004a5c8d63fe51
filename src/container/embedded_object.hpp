#pragma once
// What an embedded object other than a chart is (a workbook or a formula in a document), named in
// the words a note of it carries alike from every format (block_note of kind embedded_object).
#include <string_view>

namespace mk {

enum class embedded_kind { spreadsheet, text, presentation, drawing, formula };

// The Swedish word for kind, a note's text ("kalkylblad"): the documents are Swedish, as in
// labelled_note.
std::string_view embedded_kind_text(embedded_kind kind);

}  // namespace mk
