#pragma once
// The sheets of the report workbook, each added to the end of book.
#include "src/report/report.hpp"

namespace mk::report {

// "Sammanfattning": per KF goal and nämndmål the activities per status at the latest checkpoint,
// the share done and a light. No follow-up header, so the importer passes it over.
void add_summary_sheet(workbook& book, const model::document& doc, const report_options& options);

// How the goal cells of the detail sheet are laid out.
enum class goal_cells {
    merged,   // merged down over their activities, as in the legacy sheets
    repeated  // written on every row (for formats without merged cells)
};

// "Uppföljning": the title block and the follow-up table.
void add_detail_sheet(workbook& book, const model::document& doc, const report_options& options, goal_cells layout);

// "Fynd": one row per finding.
void add_findings_sheet(workbook& book, const check::findings& found);

// The severity as the report writes it ("fel", "varning", "info") and its fill (empty for info).
std::string severity_word(model::severity severity);
std::string severity_fill(model::severity severity);

}  // namespace mk::report
