#include "src/pipeline/report_file.hpp"

#include <future>

#include "src/core/let_go.hpp"
#include "src/core/parallel_in_order.hpp"
#include "src/pipeline/outputs.hpp"

namespace mk::pipeline {
namespace {

// The report workbook of doc in f, its findings from found(), asked for once the sheets that do
// not show them are made (a one-sheet format shows none).
std::string workbook_bytes(const file_format& f, model::document& doc, const report::report_options& options,
                           const std::function<const check::findings&()>& found) {
    workbook book = f.one_sheet ? report::build_detail_workbook(doc, options)
                                : report::build_report_workbook_while_checking(doc, found, options);
    if (f.one_sheet) found();
    doc = {};  // the parts are made in the room the model leaves
    std::string bytes = f.write_workbook(book);
    let_go(book);
    return bytes;
}

}  // namespace

std::string report_bytes(const file_format& f, model::document doc, const report::report_options& options) {
    switch (f.kind) {
        case format_kind::workbook:
            return workbook_bytes(f, doc, options, [&]() -> const check::findings& { return doc.findings; });
        case format_kind::document: {
            document report = report::build_report_document(doc, doc.findings, options);
            doc = {};
            return f.write_document(report);
        }
        case format_kind::goal_chain: return write_goal_chain(f, doc, {.provenance = true, .report = options});
    }
    return {};
}

checked_report checked_report_bytes(const file_format& f, model::document doc, const std::string& as_of,
                                    const report::report_options& options) {
    auto run_checks = [&doc, &as_of] { return check::run_all({doc, nullptr, as_of}); };
    checked_report out;
    if (f.kind != format_kind::workbook || worker_threads() < 2) {
        doc.findings = run_checks();
        out.findings = doc.findings.size();
        out.bytes = report_bytes(f, std::move(doc), options);
        return out;
    }
    // The checks only read doc: they run on a second core while the sheets without findings are made.
    std::future<check::findings> checking = std::async(std::launch::async, run_checks);
    out.bytes = workbook_bytes(f, doc, options, [&]() -> const check::findings& {
        doc.findings = checking.get();
        out.findings = doc.findings.size();
        return doc.findings;
    });
    return out;
}

}  // namespace mk::pipeline
