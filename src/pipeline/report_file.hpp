#pragma once
// The nämnd's report as the bytes of a file: what `malkedja export` writes and the page downloads.
#include <string>

#include "converters/registry.hpp"
#include "src/model/document.hpp"
#include "src/report/report.hpp"

namespace mk::pipeline {

// The report of doc and its findings (doc.findings) in format, one of report_formats(): the
// workbook (only its detail sheet in a one-sheet format), the document, or the goal chain itself
// (normalized XML, the report's JSON). doc is released once the report's container is built, before
// its file is written.
std::string report_bytes(const file_format& format, model::document doc, const report::report_options& options);

// A report and how many findings it shows.
struct checked_report {
    std::string bytes;
    std::size_t findings = 0;
};

// report_bytes of doc with the findings of every check (reference date as_of): in a workbook,
// the checks run on a second core while the sheets that show no findings are made.
checked_report checked_report_bytes(const file_format& format, model::document doc, const std::string& as_of,
                                    const report::report_options& options);

}  // namespace mk::pipeline
