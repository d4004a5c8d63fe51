#include "src/pipeline/import.hpp"

#include "src/check/rule.hpp"
#include "src/check/targets.hpp"
#include "src/core/let_go.hpp"
#include "src/normalized/write.hpp"
#include "src/pipeline/assumption_text.hpp"
#include "src/pipeline/status_summary.hpp"

namespace mk::pipeline {

import_summary summarise_import(const loaded& result, std::size_t files) {
    import_summary summary;
    const auto& doc = result.doc;
    summary.files = files;
    for (const auto& g : doc.goals) ++summary.goals[g.level];
    summary.activities = doc.activities.size();
    for (const auto& a : doc.activities) {
        const model::status_report* said = nullptr;
        for (const model::status_report& s : a.statuses)
            if (!s.word.empty()) said = &s;
        if (said) ++summary.latest_statuses[said->value];
    }
    check::for_each_indicator(doc, [&](const model::indicator& i, const std::string&, const std::string&) {
        ++summary.indicators;
        summary.outcomes += i.outcomes.size();
        std::optional<bool> met = check::target_met(i);
        if (met) ++(*met ? summary.met : summary.not_met);
    });
    summary.latest_status_text = latest_status_counts(doc);
    summary.status_notes = status_notes(result);
    summary.skipped = result.skipped;
    for (const auto& s : result.skipped) ++summary.skipped_by_reason[recognize::describe(s.reason)];
    summary.cells = result.cells;
    for (const model::statement& n : doc.notes)
        if (n.source && n.source->sheet.empty()) summary.document_notes.push_back(n);
    summary.assumptions = assumption_lines(doc.metadata.assumptions);
    summary.guesses = result.guesses;
    summary.findings = count_by_severity(doc.findings);
    return summary;
}

import_result import_inputs(const import_request& request) {
    import_result out;
    out.summary = import_inputs(request, [&](std::string_view piece) { out.xml += piece; });
    return out;
}

import_summary import_inputs(const import_request& request, const text_sink& xml) {
    loaded result = load_inputs(request.inputs, request.load);
    if (request.check) result.doc.findings = check::run_all({result.doc, nullptr, result.doc.metadata.as_of});
    import_summary summary = summarise_import(result, request.inputs.size());
    // load_inputs gave the ids; the check adds findings about them and changes none.
    normalized::write_normalized(std::move(result.doc), {.provenance = request.provenance, .ids_stable = true}, xml);
    let_go(result);
    return summary;
}

}  // namespace mk::pipeline
