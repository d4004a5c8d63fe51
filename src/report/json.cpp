#include "src/report/json.hpp"

#include <nlohmann/json.hpp>

#include "src/check/location.hpp"
#include "src/check/targets.hpp"
#include "src/model/names.hpp"
#include "src/report/lights.hpp"
#include "src/report/outline.hpp"
#include "src/report/summary.hpp"

namespace mk::report {
namespace {

using json = nlohmann::ordered_json;

// null for an empty text, so that BI tools see "unknown" rather than "".
json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json metadata_json(const model::metadata& m, const std::string& title, const std::string& created) {
    return {{"kind", model::name_of(m.kind)},
            {"title", title},
            {"kommun", text_or_null(m.kommun)},
            {"kommunkod", text_or_null(m.kommunkod)},
            {"namnd", text_or_null(m.namnd)},
            {"org_number", text_or_null(m.org_number)},
            {"diarienummer", text_or_null(m.diarienummer)},
            {"year", m.year ? json(*m.year) : json(nullptr)},
            {"lasar", text_or_null(m.lasar)},
            {"as_of", text_or_null(m.as_of)},
            {"created", text_or_null(created)},
            {"source_files", m.source_files}};
}

json link_json(const std::optional<model::link>& link) {
    if (!link) return nullptr;
    return {{"id", link->target},
            {"kind", model::name_of(link->kind)},
            {"score", link->score ? json(*link->score) : json(nullptr)}};
}

json value_json(const model::indicator_value& v) {
    return {{"text", v.text},
            {"kind", model::name_of(v.kind)},
            {"compare", model::name_of(v.compare)},
            {"number", v.number ? json(*v.number) : json(nullptr)}};
}

// An indicator with its typed target and outcomes; met is null when it cannot be said.
json indicators_json(const std::vector<model::indicator>& indicators) {
    json out = json::array();
    for (const model::indicator& i : indicators) {
        json outcomes = json::array();
        for (const model::outcome& o : i.outcomes)
            outcomes.push_back({{"label", o.label},
                                {"year", o.year ? json(*o.year) : json(nullptr)},
                                {"checkpoint", o.checkpoint ? json(model::name_of(*o.checkpoint)) : json(nullptr)},
                                {"previous_year", o.previous_year},
                                {"value", value_json(o.value)}});
        std::optional<bool> met = check::target_met(i);
        out.push_back({{"name", i.name},
                       {"target", value_json(i.target)},
                       {"unit", i.unit},
                       {"kpi", text_or_null(i.kpi)},
                       {"outcomes", outcomes},
                       {"trend", text_or_null(i.trend)},
                       {"met", met ? json(*met) : json(nullptr)}});
    }
    return out;
}

json fields_json(const std::vector<model::extra_field>& fields) {
    json out = json::array();
    for (const model::extra_field& f : fields)
        out.push_back({{"name", f.name}, {"value", f.value}, {"type", model::name_of(f.type)}});
    return out;
}

json goal_json(const model::goal& g) {
    json indicators = indicators_json(g.indicators);
    return {{"id", g.id},
            {"level", model::name_of(g.level)},
            {"parent", link_json(g.parent)},
            {"name", g.name},
            {"description", g.description},
            {"text", goal_text(g)},
            {"perspective", text_or_null(g.perspective)},
            {"ska", g.ska},
            {"unit", text_or_null(g.unit)},
            {"indicators", indicators},
            {"fields", fields_json(g.extras)}};
}

json status_json(const model::status_report& r) {
    return {{"checkpoint", model::name_of(r.checkpoint)},
            {"label", r.label},
            {"date", text_or_null(r.date)},
            {"word", r.word},
            {"value", model::name_of(r.value)},
            {"assumed", r.assumed},
            {"light", status_light(r.value) ? json(model::name_of(*status_light(r.value))) : json(nullptr)},
            {"comment", text_or_null(r.comment)}};
}

json activity_json(const model::activity& a) {
    json planned = nullptr;
    if (a.planned)
        planned = {{"text", a.planned->text},
                   {"quarter", a.planned->quarter ? json(*a.planned->quarter) : json(nullptr)},
                   {"date", text_or_null(a.planned->date)}};
    json details = json::array();
    for (const model::detail& d : a.details) details.push_back({{"label", d.label}, {"text", d.text}});
    json statuses = json::array();
    for (const model::status_report& r : a.statuses) statuses.push_back(status_json(r));
    const model::status_report* latest = latest_status(a);
    return {{"id", a.id},
            {"goal", link_json(a.goal)},
            {"text", a.text},
            {"planned", planned},
            {"priority", text_or_null(a.priority)},
            {"responsible", text_or_null(a.responsible)},
            {"unit", text_or_null(a.unit)},
            {"year", a.year ? json(*a.year) : json(nullptr)},
            {"details", details},
            {"statuses", statuses},
            {"indicators", indicators_json(a.indicators)},
            {"fields", fields_json(a.extras)},
            {"latest_status", latest ? json(model::name_of(latest->value)) : json(nullptr)}};
}

json summary_json(const model::document& doc) {
    chain_index index(doc);
    json rows = json::array();
    for (const summary_row& r : summary_rows(doc, index)) {
        json counts = json::object();
        for (model::status s : summary_statuses) counts[std::string(model::name_of(s))] = r.counts.count(s);
        const model::goal* goal = r.goal ? r.goal : r.kf;
        rows.push_back({{"goal", goal ? json(goal->id) : json(nullptr)},
                        {"scope", r.goal ? "goal" : r.kf ? "kf_goal" : "total"},
                        {"activities", r.counts.activities},
                        {"by_status", counts},
                        {"share_done", r.counts.activities ? json(static_cast<double>(r.counts.count(model::status::done)) /
                                                                  r.counts.activities)
                                                            : json(nullptr)},
                        {"light", model::name_of(r.counts.light())}});
    }
    return rows;
}

json finding_json(const model::finding& f) {
    return {{"rule", f.rule},
            {"severity", model::name_of(f.severity)},
            {"subject", text_or_null(f.subject)},
            {"file", text_or_null(f.location.file)},
            {"location", check::format_location(f.location)},
            {"message", f.message},
            {"suggestion", text_or_null(f.suggestion)}};
}

}  // namespace

std::string write_report_json(const model::document& doc, const check::findings& found, const report_options& options) {
    json goals = json::array();
    for (const model::goal& g : doc.goals) goals.push_back(goal_json(g));
    json activities = json::array();
    for (const model::activity& a : doc.activities) activities.push_back(activity_json(a));
    json findings = json::array();
    for (const model::finding& f : found) findings.push_back(finding_json(f));
    json out = {{"format", "malkedja-report"},
                {"version", 1},
                {"metadata", metadata_json(doc.metadata, report_title(doc, options), options.created)},
                {"goals", goals},
                {"activities", activities},
                {"summary", summary_json(doc)},
                {"findings", findings}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace mk::report
