#pragma once
// The nämnd's report: the model and the findings of the checks laid out as neutral containers.
#include <functional>
#include <string>

#include "src/check/rule.hpp"
#include "src/container/document.hpp"
#include "src/container/workbook.hpp"
#include "src/model/document.hpp"

namespace mk::report {

// What the command line may say about the report.
struct report_options {
    // The report's title; empty: the document's own title.
    std::string title;
    // The creation date written into the properties (ISO "2019-01-23"); empty: none, so that the same
    // input always gives the same bytes.
    std::string created;
};

// The report as a workbook: "Sammanfattning" (counts and lights per goal), "Uppföljning" (the detail,
// a follow-up sheet the importer reads back as the same model) and "Fynd" (the findings).
workbook build_report_workbook(const model::document& doc, const check::findings& found,
                               const report_options& options);

// build_report_workbook with the findings still being made: found() is called (and may wait for
// the checks) only once the sheets that do not show findings are made.
workbook build_report_workbook_while_checking(const model::document& doc,
                                              const std::function<const check::findings&()>& found,
                                              const report_options& options);

// The detail sheet "Uppföljning" alone, as a workbook (what a .csv holds): every row with its goal
// cells written out, since a .csv has no merged cells.
workbook build_detail_workbook(const model::document& doc, const report_options& options);

// The report as a document for the nämnd's meeting papers: title, summary table, the goal chain as a
// figure, per KF goal and nämndmål a heading and a table of its activities, and the findings.
document build_report_document(const model::document& doc, const check::findings& found,
                               const report_options& options);

// The report's title: options.title, else the document's title, else a generic one.
std::string report_title(const model::document& doc, const report_options& options);

}  // namespace mk::report
