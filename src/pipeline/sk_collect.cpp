#include "src/pipeline/sk_collect.hpp"

#include "src/check/rule.hpp"
#include "src/core/error.hpp"
#include "src/pipeline/load.hpp"
#include "src/report/sk_workbook.hpp"

namespace mk::pipeline {
namespace {

std::string output_bytes(const model::document& doc, const sk_collect_request& request) {
    const file_format& f = *request.format;
    if (f.write_workbook) return f.write_workbook(report::sk_workbook(doc));
    if (f.write_document) return f.write_document(report::sk_document(report::sk_workbook(doc)));
    return write_goal_chain(f, doc, {.provenance = request.provenance, .report = {}});
}

sk_collect_summary summarise(const model::document& doc) {
    sk_collect_summary summary;
    summary.documents = doc.sk_reports.size();
    for (const auto& r : doc.sk_reports) {
        summary.goals += r.analysed_goals.size() + r.planned_goals.size();
        summary.values += r.results.size() + r.history.size() + r.national_tests.size() + r.survey.size();
        summary.answers += r.answers.size();
    }
    summary.findings = count_by_severity(doc.findings);
    summary.has_errors = summary.findings.fel > 0;
    return summary;
}

}  // namespace

sk_collect_result collect_sk_documents(const sk_collect_request& request) {
    load_options options;
    options.before_input = request.before_document;
    model::document doc = load_inputs(request.documents, options).doc;
    if (doc.sk_reports.empty())
        throw error("sk.no_report", tr("ingen av filerna är ett SK-dokument (rubrikerna MÅLANALYS och "
                                       "PLANERINGSRAPPORT saknas)",
                                       "none of the files is an SK document (the headings MÅLANALYS and "
                                       "PLANERINGSRAPPORT are missing)"));
    doc.findings = check::run_all({doc, nullptr, doc.metadata.as_of});
    return {output_bytes(doc, request), summarise(doc)};
}

}  // namespace mk::pipeline
