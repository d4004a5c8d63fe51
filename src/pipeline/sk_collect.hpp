#pragma once
// `sk collect` as a library step: filled SK documents → one model, checked, in one output format.
#include <functional>
#include <string>
#include <vector>

#include "src/pipeline/outputs.hpp"
#include "src/pipeline/source.hpp"
#include "src/pipeline/summary.hpp"

namespace mk::pipeline {

struct sk_collect_request {
    std::vector<source> documents;
    // One of sk_collect_formats().
    const file_format* format = nullptr;
    // Normalized XML: whether it says where each element came from.
    bool provenance = true;
    // Called with its index before each document is read (progress); may be empty.
    std::function<void(std::size_t)> before_document;
};

// What was collected, for the summary.
struct sk_collect_summary {
    std::size_t documents = 0;
    // Målanalys and Planeringsrapport goals.
    std::size_t goals = 0;
    // Results, history, national test and survey rows.
    std::size_t values = 0;
    std::size_t answers = 0;
    // Documents collected whose text outside the answers was not looked for: they keep no memory of
    // their filling (filled by hand, or by an older version).
    std::size_t unchecked = 0;
    severity_counts findings;
    bool has_errors = false;
};

struct sk_collect_result {
    std::string bytes;
    sk_collect_summary summary;
};

// Reads the documents into one model, runs the checks and writes it in the request's format:
// normalized XML, the nämnd's workbook (report::sk_workbook) or the same tables as a document.
// A file that cannot be read, a file that is no SK document, a table read only in part and a
// second document about a school are findings (src/check), and the batch goes on; of two documents
// about one school the later is used only when its läsår is later. Throws mk::error when no file
// could be read (the first one's error) and when none is an SK document.
sk_collect_result collect_sk_documents(const sk_collect_request& request);

}  // namespace mk::pipeline
