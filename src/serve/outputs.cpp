// The downloads of the page: each the output of one command, from the same library calls.
#include <algorithm>
#include <map>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/package/zip_writer.hpp"
#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/normalized/write.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/schools.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/pipeline/report_file.hpp"
#include "src/report/report.hpp"
#include "src/report/sk_workbook.hpp"
#include "src/serve/steps.hpp"
#include "src/serve/stored_input.hpp"
#include "src/sk/file_name.hpp"
#include "src/sk/lasar.hpp"
#include "src/sk/plan.hpp"
#include "src/sk/ska_goals.hpp"
#include "src/text/fold.hpp"

namespace mk::serve {
namespace {

const char* content_type(output_format format) {
    switch (format) {
        case output_format::xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        case output_format::ods: return "application/vnd.oasis.opendocument.spreadsheet";
        case output_format::csv: return "text/csv; charset=utf-8";
        case output_format::docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        case output_format::odt: return "application/vnd.oasis.opendocument.text";
        case output_format::html: return "text/html; charset=utf-8";
        case output_format::json: return "application/json";
    }
    return "application/octet-stream";
}

// The format named by an extension without its dot; throws mk::error for another.
output_format format_named(const std::string& extension, std::initializer_list<output_format> allowed) {
    auto format = output_format_for("." + extension);
    if (!format || std::find(allowed.begin(), allowed.end(), *format) == allowed.end())
        throw error("serve.format", tr("okänt format \"{0}\"", "unknown format \"{0}\"", {extension}));
    return *format;
}

// A template read once, as `sk generate` reads it.
struct loaded_template {
    const input_file* file = nullptr;
    std::string bytes;
    file_format format = file_format::docx;
    std::string text;
    std::string area;
};

loaded_template load_template(const input_file& file) {
    try {
        loaded_template t{&file, read_stored(file), file_format::docx, {}, {}};
        t.format = detect_format(t.bytes);
        auto doc = read_document(t.bytes);
        t.text = dump_document(doc);
        auto recognised = recognize::recognise_sk_document(doc, file.name);
        if (!recognised.schools.empty()) t.area = recognised.schools.front().area;
        return t;
    } catch (const error& e) {
        throw e.with_context(file.name);
    }
}

// What the filled SK documents of last year give per school (by folded name), as `--previous`.
std::map<std::string, sk::previous_year> previous_documents(std::vector<const input_file*> files) {
    std::sort(files.begin(), files.end(), [](auto* a, auto* b) { return a->name < b->name; });
    std::map<std::string, sk::previous_year> found;
    for (const input_file* file : files) {
        try {
            std::string bytes = read_stored(*file);
            auto format = detect_format(bytes);
            if (format != file_format::docx && format != file_format::odt) continue;
            auto read = read_document(bytes);
            model::document doc = recognize::recognise_sk_document(read, file->name);
            if (doc.schools.empty() || doc.sk_reports.empty()) continue;
            auto& year = found[text::fold(doc.schools.front().name)];
            for (const auto& r : doc.sk_reports) year.goals.insert(year.goals.end(), r.planned_goals.begin(), r.planned_goals.end());
            if (year.ska_goals.empty()) year.ska_goals = sk::ska_goals_in(read);
        } catch (const error& e) {
            throw e.with_context(file->name);
        }
    }
    return found;
}

const input_file* first(const std::vector<const input_file*>& files, const message& missing) {
    if (files.empty()) throw error("serve.missing_input", missing);
    return files.front();
}

}  // namespace

job_result report(const tab_inputs& in, const std::string& extension, const request_options& options, progress& p) {
    output_format format = format_named(extension, {output_format::xlsx, output_format::ods, output_format::csv,
                                                    output_format::docx, output_format::odt, output_format::html,
                                                    output_format::json});
    auto files = in.report_files();
    if (files.empty())
        throw error("serve.no_report_files", tr("lägg till en uppföljning (eller en arbetsplan) först",
                                                "add a follow-up (or a work plan) first"));
    p.step(0, 3, tr("läser uppföljningarna", "reading the follow-ups").text());
    pipeline::loaded input = load_stored(files);
    p.step(1, 3, tr("kontrollerar", "checking").text());
    check::findings found =
        check::run_all({input.doc, nullptr, options.as_of.empty() ? input.doc.metadata.as_of : options.as_of});
    p.step(2, 3, tr("skriver rapporten", "writing the report").text());
    return {pipeline::report_bytes(format, input.doc, found, {options.title, {}}), "rapport." + extension, content_type(format), true, {}};
}

job_result normalized_xml(const tab_inputs& in, const std::string& which, progress& p) {
    bool chain = which == "chain";
    auto files = chain ? in.chain_files() : in.of(role::follow_up);
    if (files.empty())
        throw error("serve.no_files", chain ? tr("lägg till en arbetsplan eller SK-mall först", "add a work plan or SK template first")
                                            : tr("lägg till en uppföljning först", "add a follow-up first"));
    p.step(0, 2, tr("läser filerna", "reading the files").text());
    pipeline::loaded input = load_stored(files);
    p.step(1, 2, tr("skriver XML", "writing XML").text());
    return {normalized::write_normalized(std::move(input.doc)), chain ? "malkedja.xml" : "uppfoljning.xml",
            "application/xml", true, {}};
}

job_result sk_documents(const tab_inputs& in, const std::string& lasar_text, const std::string& format, progress& p) {
    std::vector<loaded_template> templates;
    for (const input_file* f : in.of(role::sk_template)) {
        auto t = load_template(*f);
        bool wanted = format.empty() || format == "both" || format == format_name(t.format);
        bool twin = std::any_of(templates.begin(), templates.end(), [&](const auto& o) { return o.format == t.format; });
        if (wanted && !twin) templates.push_back(std::move(t));
    }
    if (templates.empty())
        throw error("sk.no_template", tr("lägg till SK-mallen (.docx eller .odt)", "add the SK template (.docx or .odt)"));
    auto lasar = sk::parse_lasar(lasar_text);
    if (!lasar)
        throw error("sk.bad_lasar", tr("läsåret \"{0}\" går inte att läsa: skriv det som 2023/24",
                                       "the läsår \"{0}\" cannot be read: write it as 2023/24", {lasar_text}));
    sk::plan_inputs inputs;
    inputs.lasar = *lasar;
    inputs.template_lasar = sk::latest_lasar_in(templates.front().text).value_or(*lasar);
    inputs.template_area = templates.front().area;
    p.step(0, 1, tr("läser målkedjan", "reading the goal chain").text());
    inputs.chain = load_stored(in.chain_files()).doc;
    const input_file* schools_file =
        first(in.of(role::schools), tr("lägg till skolfilen (Skolenhetskod, Skola, Område, Stadier)",
                                       "add the schools file (Skolenhetskod, Skola, Område, Stadier)"));
    try {
        auto schools = recognize::read_schools(read_workbook(read_stored(*schools_file), file_stem(schools_file->name)));
        inputs.development_areas = std::move(schools.development_areas);
        inputs.chain.schools = std::move(schools.schools);
    } catch (const error& e) {
        throw e.with_context(schools_file->name);
    }
    if (auto results = in.of(role::results); !results.empty()) {
        try {
            auto read = recognize::read_results(read_workbook(read_stored(*results.front()), file_stem(results.front()->name)));
            inputs.survey = std::move(read.survey);
            inputs.history = std::move(read.history);
        } catch (const error& e) {
            throw e.with_context(results.front()->name);
        }
    }
    auto previous = previous_documents(in.of(role::sk_filled));
    const auto& schools = inputs.chain.schools;
    std::vector<zip_entry> entries;
    std::vector<std::string> notes;
    const std::size_t total = schools.size() * templates.size();
    for (const auto& school : schools) {
        auto found = previous.find(text::fold(school.name));
        const sk::previous_year& last_year = found == previous.end() ? sk::previous_year{} : found->second;
        auto plan = sk::plan_for_school(inputs, school, last_year, false);
        if (!sk::fills_previous_ska_goals(inputs, last_year))
            notes.push_back(tr("{0}: förra årets SKA-mål saknas, mallens tabell står kvar",
                               "{0}: last year's SKA-mål are missing, the template's table stays", {school.name})
                                .text());
        if (!inputs.survey.empty() && !sk::has_survey_values(inputs, school))
            notes.push_back(tr("{0}: inga enkätvärden i resultatfilen", "{0}: no survey values in the results file",
                               {school.name})
                                .text());
        for (const auto& t : templates) {
            p.step(entries.size(), total, school.name);
            std::string extension = t.format == file_format::docx ? ".docx" : ".odt";
            try {
                entries.push_back({sk::safe_file_name(school.name) + extension,
                                   t.format == file_format::docx ? fill_docx(t.bytes, plan) : fill_odt(t.bytes, plan), true});
            } catch (const error& e) {
                throw e.with_context(t.file->name);
            }
        }
    }
    std::string next = std::to_string(100 + (*lasar + 1) % 100).substr(1);
    std::string name = "sk-dokument-" + std::to_string(*lasar) + "-" + next + ".zip";
    return {write_zip(entries), name, "application/zip", true, notes};
}

job_result sk_collection(const tab_inputs& in, const std::string& extension, progress& p) {
    auto files = in.of(role::sk_filled);
    if (files.empty())
        throw error("sk.no_report", tr("lägg till ifyllda SK-dokument först", "add filled SK documents first"));
    p.step(0, 2, tr("läser SK-dokumenten", "reading the SK documents").text());
    pipeline::loaded input = load_stored(files);
    input.doc.findings = check::run_all({input.doc, nullptr, input.doc.metadata.as_of});
    p.step(1, 2, tr("skriver sammanställningen", "writing the collection").text());
    std::string name = "sk-insamling." + extension;
    if (extension == "xml") return {normalized::write_normalized(input.doc), name, "application/xml", true, {}};
    output_format format = format_named(extension, {output_format::xlsx, output_format::ods, output_format::html});
    if (format == output_format::html)
        return {write_document(report::sk_document(report::sk_workbook(input.doc)), format), name, content_type(format), true, {}};
    return {write_workbook(report::sk_workbook(input.doc), format), name, content_type(format), true, {}};
}

}  // namespace mk::serve
