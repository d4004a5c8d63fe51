#include "src/pipeline/export.hpp"

#include "src/pipeline/report_file.hpp"

namespace mk::pipeline {

export_result export_report(const export_request& request) {
    model::document doc = load_inputs(request.inputs, request.load).doc;
    std::string as_of = request.as_of.empty() ? doc.metadata.as_of : request.as_of;
    export_result out;
    out.goals = doc.goals.size();
    out.activities = doc.activities.size();
    checked_report report = checked_report_bytes(*request.format, std::move(doc), as_of, request.report);
    out.findings = report.findings;
    out.bytes = std::move(report.bytes);
    return out;
}

}  // namespace mk::pipeline
