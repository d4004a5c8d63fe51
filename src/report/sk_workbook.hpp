#pragma once
// The workbook for the nämnd from collected SK documents, and the same tables as a document.
#include "src/container/document.hpp"
#include "src/container/workbook.hpp"
#include "src/model/document.hpp"

namespace mk::report {

// Four sheets: every school's goals per focus area, results per school and subject, survey indices
// per school beside area and kommun, and the findings (from doc.findings), in the current language.
workbook sk_workbook(const model::document& doc);

// The same sheets as a document: one heading and one table per sheet (for .html).
document sk_document(const workbook& book);

}  // namespace mk::report
