#pragma once
// Which formats each step writes, the check of an output's name that every command makes before
// reading any input, and the goal chain written in a goal-chain format.
#include <string>
#include <vector>

#include "converters/registry.hpp"
#include "src/model/document.hpp"
#include "src/report/report.hpp"

namespace mk::pipeline {

// The formats `import` writes: the goal-chain formats that are read back (normalized XML).
std::vector<const file_format*> import_formats();

// The formats `export` writes the report in: every format with a writer.
std::vector<const file_format*> report_formats();

// The formats `sk collect` writes: normalized XML, every workbook writer that keeps all the sheets,
// every document writer.
std::vector<const file_format*> sk_collect_formats();

// The format path's extension names, when it is one of formats; else throws mk::error
// (output.format, naming path) that lists their extensions.
const file_format& output_format(const std::string& path, const std::vector<const file_format*>& formats);

// How the goal chain is written in a goal-chain format.
struct goal_chain_options {
    // Normalized XML: whether to write where each element came from.
    bool provenance = true;
    // The report's JSON: its title and creation date.
    report::report_options report;
};

// doc with its findings (doc.findings) as f, a goal-chain format with a writer: normalized XML or
// the report's JSON.
std::string write_goal_chain(const file_format& f, const model::document& doc, const goal_chain_options& options);

}  // namespace mk::pipeline
