#pragma once
// The nämnd's report as the bytes of a file: what `malkedja export` writes and the page downloads.
#include <string>

#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/model/document.hpp"
#include "src/report/report.hpp"

namespace mk::pipeline {

// The report of doc and its findings in format: the workbook (.xlsx, .ods), its detail sheet
// (.csv), the document (.docx, .odt, .html) or the JSON.
std::string report_bytes(output_format format, const model::document& doc, const check::findings& found,
                         const report::report_options& options);

}  // namespace mk::pipeline
