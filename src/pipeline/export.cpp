#include "src/pipeline/export.hpp"

#include "src/check/rule.hpp"

namespace mk::pipeline {
namespace {

std::string report_bytes(const file_format& f, const model::document& doc, const report::report_options& options) {
    switch (f.kind) {
        case format_kind::workbook:
            return f.write_workbook(f.one_sheet ? report::build_detail_workbook(doc, options)
                                                : report::build_report_workbook(doc, doc.findings, options));
        case format_kind::document: return f.write_document(report::build_report_document(doc, doc.findings, options));
        case format_kind::goal_chain: return write_goal_chain(f, doc, {.provenance = true, .report = options});
    }
    return {};
}

}  // namespace

export_result export_report(const export_request& request) {
    model::document doc = load_inputs(request.inputs, {}).doc;
    doc.findings = check::run_all({doc, nullptr, request.as_of.empty() ? doc.metadata.as_of : request.as_of});
    export_result out;
    out.bytes = report_bytes(*request.format, doc, request.report);
    out.goals = doc.goals.size();
    out.activities = doc.activities.size();
    out.findings = doc.findings.size();
    return out;
}

}  // namespace mk::pipeline
