#include "src/pipeline/export.hpp"

#include "src/check/rule.hpp"
#include "src/pipeline/report_file.hpp"

namespace mk::pipeline {

export_result export_report(const export_request& request) {
    model::document doc = load_inputs(request.inputs, request.load).doc;
    doc.findings = check::run_all({doc, nullptr, request.as_of.empty() ? doc.metadata.as_of : request.as_of});
    export_result out;
    out.goals = doc.goals.size();
    out.activities = doc.activities.size();
    out.findings = doc.findings.size();
    out.bytes = report_bytes(*request.format, std::move(doc), request.report);
    return out;
}

}  // namespace mk::pipeline
