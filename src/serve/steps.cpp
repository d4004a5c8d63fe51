#include "src/serve/steps.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "converters/registry.hpp"
#include "src/check/location.hpp"
#include "src/check/rule.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/model/names.hpp"
#include "src/pipeline/import.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/schools.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/report/report.hpp"
#include "src/report/tree_svg.hpp"
#include "src/serve/filter.hpp"
#include "src/serve/stored_input.hpp"
#include "src/sk/lasar.hpp"
#include "src/text/fold.hpp"

namespace mk::serve {
namespace {

using json = nlohmann::ordered_json;

// The counts of a loaded model, as the import summary gives them.
json model_summary(const pipeline::loaded& loaded) {
    const model::document& doc = loaded.doc;
    pipeline::import_summary summary = pipeline::summarise_import(loaded, 1);
    json goals = json::object(), latest = json::object();
    for (const auto& [level, count] : summary.goals) goals[std::string(model::name_of(level))] = count;
    for (const auto& [status, count] : summary.latest_statuses) latest[std::string(model::name_of(status))] = count;
    json skipped = json::array();
    for (const auto& s : summary.skipped)
        skipped.push_back({{"place", recognize::place_of(s)},
                           {"reason", recognize::describe(s.reason)},
                           {"text", s.text.substr(0, 80)}});
    json guesses = json::array();
    for (const auto& g : summary.guesses)
        guesses.push_back({{"text", g.text}, {"linked_to", g.linked_to}, {"score", static_cast<int>(g.score * 100 + 0.5)}});
    json out = {{"title", doc.metadata.title},
                {"year", doc.metadata.year ? std::to_string(*doc.metadata.year) : doc.metadata.lasar},
                {"as_of", doc.metadata.as_of},
                {"goals", goals},
                {"activities", summary.activities},
                {"latest", latest},
                {"skipped", skipped},
                {"guesses", guesses}};
    if (!doc.sk_reports.empty()) {
        const auto& r = doc.sk_reports.front();
        out["school"] = r.school;
        out["lasar"] = r.lasar;
        out["sk_goals"] = r.analysed_goals.size() + r.planned_goals.size();
        out["sk_values"] = r.results.size() + r.history.size() + r.national_tests.size() + r.survey.size();
        out["sk_answers"] = r.answers.size();
    }
    return out;
}

// An SK document not yet filled for a school: its title is the placeholder (or missing) or it has tags.
bool is_template(const model::document& recognised, const document& read) {
    const std::string title = recognised.sk_reports.empty() ? "" : recognised.sk_reports.front().title;
    if (title.empty() || text::fold(title).find("skolans namn") != std::string::npos) return true;
    for (const block& b : read.blocks)
        if (b.text.find("{{") != std::string::npos) return true;
    return false;
}

reading read_workbook_file(const input_file& file, const std::string& bytes) {
    workbook book = read_workbook(bytes, file_stem(file.name));
    try {
        auto schools = recognize::read_schools(book);
        return {role::schools, {}, {{"schools", schools.schools.size()}, {"development_areas", schools.development_areas.size()}}, {}, {}};
    } catch (const error&) {
    }
    try {
        auto results = recognize::read_results(book);
        return {role::results, {}, {{"survey_rows", results.survey.size()}, {"history_rows", results.history.size()}}, {}, {}};
    } catch (const error&) {
    }
    return {role::follow_up, {}, model_summary(load_stored({&file})), {}, {}};
}

reading read_document_file(const input_file& file, const std::string& bytes) {
    document read = read_document(bytes);
    if (!recognize::is_sk_document(read)) return {role::work_plan, {}, model_summary(load_stored({&file})), {}, {}};
    model::document recognised = recognize::recognise_sk_document(read, file.name);
    role r = is_template(recognised, read) ? role::sk_template : role::sk_filled;
    json summary = model_summary(load_stored({&file}));
    if (r == role::sk_template) summary["lasar"] = recognised.sk_reports.empty() ? "" : recognised.sk_reports.front().lasar;
    return {r, {}, summary, {}, {}};
}

json finding_json(const model::finding& f, const char* group) {
    return {{"group", group},
            {"rule", f.rule},
            {"severity", model::name_of(f.severity)},
            {"file", f.location.file},
            {"location", check::format_location(f.location)},
            {"message", f.message},
            {"suggestion", f.suggestion}};
}

void add_findings(json& out, const check::findings& found, const char* group) {
    for (const auto& f : found) out.push_back(finding_json(f, group));
}

// The läsår after the one the template is written for ("2024/25" for a template of 2023/24).
std::string next_lasar(const tab_inputs& in) {
    for (std::size_t i = 0; i < in.files.size(); ++i) {
        if (in.readings[i].role != role::sk_template) continue;
        auto year = sk::parse_lasar(in.readings[i].summary.value("lasar", ""));
        if (!year) continue;
        return sk::lasar_text(*year + 1);
    }
    return {};
}

json downloads(const tab_inputs& in) {
    json missing = json::array();
    if (in.of(role::sk_template).empty()) missing.push_back("sk_template");
    if (in.of(role::schools).empty()) missing.push_back("schools");
    std::vector<std::string> formats;
    for (const input_file* f : in.of(role::sk_template)) {
        const auto& r = in.readings[static_cast<std::size_t>(f - in.files.data())];
        if (std::find(formats.begin(), formats.end(), r.format) == formats.end()) formats.push_back(r.format);
    }
    return {{"report", !in.report_files().empty()},
            {"follow_up_xml", !in.of(role::follow_up).empty()},
            {"chain_xml", !in.chain_files().empty()},
            {"sk", {{"ready", missing.empty()}, {"missing", missing}, {"formats", formats}, {"lasar", next_lasar(in)}}},
            {"collect", !in.of(role::sk_filled).empty()}};
}

}  // namespace

const char* role_name(role r) {
    switch (r) {
        case role::follow_up: return "follow_up";
        case role::work_plan: return "work_plan";
        case role::sk_template: return "sk_template";
        case role::sk_filled: return "sk_filled";
        case role::schools: return "schools";
        case role::results: return "results";
        case role::chain_xml: return "chain_xml";
        case role::unusable: return "unusable";
    }
    return "";
}

reading read_one(const input_file& file) {
    try {
        std::string bytes = read_stored(file);
        const file_format& format = detect_format(bytes);
        reading out;
        switch (format.kind) {
            case format_kind::workbook: out = read_workbook_file(file, bytes); break;
            case format_kind::document: out = read_document_file(file, bytes); break;
            case format_kind::goal_chain: {
                pipeline::loaded loaded = load_stored({&file});
                auto kind = loaded.doc.metadata.kind;
                out.role = kind == model::document_kind::follow_up   ? role::follow_up
                           : kind == model::document_kind::sk_report ? role::sk_filled
                                                                     : role::chain_xml;
                out.summary = model_summary(loaded);
                break;
            }
        }
        out.format = format.name;
        if (auto misnamed = pipeline::misnamed_input(file.name, format))
            out.warning = tr("varning: ", "warning: ").text() + misnamed->text();
        return out;
    } catch (const error& e) {
        reading out;
        out.error = e.with_context(file.name).what();
        return out;
    }
}

std::vector<const input_file*> tab_inputs::of(role r) const {
    std::vector<const input_file*> out;
    for (std::size_t i = 0; i < files.size(); ++i)
        if (readings[i].role == r) out.push_back(&files[i]);
    return out;
}

std::vector<const input_file*> tab_inputs::chain_files() const {
    std::vector<const input_file*> out;
    for (role r : {role::sk_template, role::work_plan, role::chain_xml})
        for (const input_file* f : of(r)) out.push_back(f);
    return out;
}

std::vector<const input_file*> tab_inputs::report_files() const {
    std::vector<const input_file*> out = of(role::follow_up);
    if (!out.empty()) return out;
    for (role r : {role::work_plan, role::chain_xml})
        for (const input_file* f : of(r)) out.push_back(f);
    return out;
}

json analyse(const tab_inputs& in, const request_options& options, progress& p) {
    json files = json::array();
    for (std::size_t i = 0; i < in.files.size(); ++i) {
        const auto& r = in.readings[i];
        files.push_back({{"id", in.files[i].id},
                         {"name", in.files[i].name},
                         {"size", in.files[i].size},
                         {"role", role_name(r.role)},
                         {"format", r.format},
                         {"summary", r.summary},
                         {"error", r.error},
                         {"warning", r.warning}});
    }
    json findings = json::array();
    json report_json = nullptr;
    std::string svg;
    json units = json::array(), years = json::array();
    const std::size_t total = 5;
    std::optional<pipeline::loaded> chain;
    if (!in.chain_files().empty()) {
        p.step(0, total, tr("läser målkedjan", "reading the goal chain").text());
        chain = load_stored(in.chain_files());
    }
    if (auto files_of_report = in.report_files(); !files_of_report.empty()) {
        p.step(1, total, tr("läser uppföljningarna", "reading the follow-ups").text());
        pipeline::loaded loaded = load_stored(files_of_report);
        const model::document& doc = loaded.doc;
        std::string as_of = options.as_of.empty() ? doc.metadata.as_of : options.as_of;
        p.step(2, total, tr("kontrollerar", "checking").text());
        check::findings found = check::run_all({doc, nullptr, as_of});
        add_findings(findings, found, "report");
        if (chain) {
            check::findings against = check::run_all({doc, &chain->doc, as_of});
            std::erase_if(against, [&](const model::finding& f) { return std::find(found.begin(), found.end(), f) != found.end(); });
            add_findings(findings, against, "chain");
        }
        p.step(3, total, tr("ritar målkedjan", "drawing the goal chain").text());
        svg = report::goal_tree_svg(doc, found, report::report_title(doc, {options.title, {}}));
        for (const auto& u : units_of(doc)) units.push_back(u);
        for (const auto& y : years_of(in)) years.push_back(y);
        json names = json::array();
        for (const input_file* f : files_of_report) names.push_back(f->name);
        report_json = {{"files", names},
                       {"title", report::report_title(doc, {options.title, {}})},
                       {"summary", model_summary(loaded)}};
    }
    if (chain && !in.of(role::follow_up).empty() && !in.of(role::work_plan).empty()) {
        pipeline::loaded plans = load_stored(in.of(role::work_plan));
        add_findings(findings, check::run_all({plans.doc, &chain->doc, options.as_of.empty() ? plans.doc.metadata.as_of : options.as_of}),
                     "work_plan");
    }
    if (!in.of(role::sk_filled).empty()) {
        p.step(4, total, tr("läser SK-dokumenten", "reading the SK documents").text());
        pipeline::loaded collected = load_stored(in.of(role::sk_filled));
        add_findings(findings,
                     check::run_all({collected.doc, nullptr, options.as_of.empty() ? collected.doc.metadata.as_of : options.as_of}),
                     "sk");
    }
    return {{"files", files},
            {"report", report_json},
            {"tree", svg},
            {"filters", {{"units", units}, {"years", years}}},
            {"findings", findings},
            {"downloads", downloads(in)}};
}

job_result tree(const tab_inputs& in, const request_options& options, progress& p) {
    auto files = in.report_files();
    if (files.empty())
        throw error("serve.no_report_files", tr("lägg till en uppföljning eller en målkedja först",
                                                "add a follow-up or a goal chain first"));
    p.step(0, 2, tr("läser uppföljningarna", "reading the follow-ups").text());
    pipeline::loaded loaded = load_stored(files);
    std::string as_of = options.as_of.empty() ? loaded.doc.metadata.as_of : options.as_of;
    model::document doc = filtered(loaded.doc, in, options.unit, options.year);
    p.step(1, 2, tr("ritar målkedjan", "drawing the goal chain").text());
    check::findings found = check::run_all({doc, nullptr, as_of});
    return {report::goal_tree_svg(doc, found, report::report_title(loaded.doc, {options.title, {}})), "malkedja.svg",
            "image/svg+xml", false, {}};
}

}  // namespace mk::serve
