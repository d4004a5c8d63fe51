#include "src/pipeline/sk_collect.hpp"

#include <algorithm>
#include <charconv>

#include "src/check/rule.hpp"
#include "src/core/error.hpp"
#include "src/pipeline/load.hpp"
#include "src/report/sk_workbook.hpp"
#include "src/text/fold.hpp"

namespace mk::pipeline {
namespace {

std::string output_bytes(const model::document& doc, const sk_collect_request& request) {
    const file_format& f = *request.format;
    if (f.write_workbook) return f.write_workbook(report::sk_workbook(doc));
    if (f.write_document) return f.write_document(report::sk_document(report::sk_workbook(doc)));
    return write_goal_chain(f, doc, {.provenance = request.provenance, .report = {}});
}

// The läsår's first year ("2023/24" → 2023); 0 when it names none.
int lasar_year(const std::string& lasar) {
    int year = 0;
    if (lasar.size() < 4) return 0;
    auto [end, ec] = std::from_chars(lasar.data(), lasar.data() + 4, year);
    return ec == std::errc() && end == lasar.data() + 4 ? year : 0;
}

// Of two reports about the same school (by folded name), keeps one: the later document only when
// its läsår is later, else the earlier. The other is dropped, with a read note at its title naming
// the file kept.
void drop_second_reports(model::document& doc) {
    std::vector<model::sk_report> kept;
    for (auto& report : doc.sk_reports) {
        auto same = std::find_if(kept.begin(), kept.end(), [&](const model::sk_report& k) {
            return !report.school.empty() && text::fold(k.school) == text::fold(report.school);
        });
        if (same == kept.end()) {
            kept.push_back(std::move(report));
            continue;
        }
        bool newer = lasar_year(report.lasar) > lasar_year(same->lasar);
        if (newer) std::swap(*same, report);
        model::source_ref place = report.source.value_or(model::source_ref{});
        doc.read_notes.push_back(
            {model::read_problem::same_school_twice, place, same->source ? same->source->file.str() : std::string()});
    }
    doc.sk_reports = std::move(kept);
}

sk_collect_summary summarise(const model::document& doc) {
    sk_collect_summary summary;
    summary.documents = doc.sk_reports.size();
    for (const auto& r : doc.sk_reports) {
        summary.goals += r.analysed_goals.size() + r.planned_goals.size();
        summary.values += r.results.size() + r.history.size() + r.national_tests.size() + r.survey.size();
        summary.answers += r.answers.size();
        for (const model::read_note& note : doc.read_notes)
            if (note.problem == model::read_problem::outside_answers_unchecked && r.source &&
                note.place.file == r.source->file)
                ++summary.unchecked;
    }
    summary.findings = count_by_severity(doc.findings);
    summary.has_errors = summary.findings.fel > 0;
    return summary;
}

}  // namespace

sk_collect_result collect_sk_documents(const sk_collect_request& request) {
    std::vector<error> unreadable;
    load_options options;
    options.before_input = request.before_document;
    options.unreadable = &unreadable;
    options.sk_documents_only = true;
    model::document doc = load_inputs(request.documents, options).doc;
    if (unreadable.size() == request.documents.size() && !unreadable.empty()) throw unreadable.front();
    for (const error& e : unreadable)
        doc.read_notes.push_back(
            {model::read_problem::unreadable_file, model::whole_file(e.context()), e.msg().text()});
    drop_second_reports(doc);
    if (doc.sk_reports.empty())
        throw error("sk.no_report", tr("ingen av filerna är ett SK-dokument (rubrikerna MÅLANALYS och "
                                       "PLANERINGSRAPPORT saknas)",
                                       "none of the files is an SK document (the headings MÅLANALYS and "
                                       "PLANERINGSRAPPORT are missing)"));
    doc.findings = check::run_all({doc, nullptr, doc.metadata.as_of});
    return {output_bytes(doc, request), summarise(doc)};
}

}  // namespace mk::pipeline
