// The downloads of the page: each the output of one command, from the same pipeline steps.
#include <algorithm>

#include "converters/package/zip_writer.hpp"
#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/core/error.hpp"
#include "src/core/parallel_in_order.hpp"
#include "src/pipeline/import.hpp"
#include "src/pipeline/option_values.hpp"
#include "src/pipeline/report_file.hpp"
#include "src/pipeline/sk_collect.hpp"
#include "src/pipeline/sk_generate.hpp"
#include "src/serve/steps.hpp"
#include "src/serve/stored_input.hpp"
#include "src/sk/lasar.hpp"

namespace mk::serve {
namespace {

// The format named by an extension without its dot, when it is one of formats; throws mk::error
// for another.
const file_format& format_of(const std::string& extension, const std::vector<const file_format*>& formats) {
    const file_format* f = format_for_path("." + extension);
    if (!f || std::find(formats.begin(), formats.end(), f) == formats.end())
        throw error("serve.format", tr("okänt format \"{0}\"", "unknown format \"{0}\"", {extension}));
    return *f;
}

const input_file* first(const std::vector<const input_file*>& files, const message& missing) {
    if (files.empty()) throw error("serve.missing_input", missing);
    return files.front();
}

// The SK templates to fill: one per format (the first given), of the format asked for.
std::vector<pipeline::source> sk_templates(const tab_inputs& in, const std::string& format) {
    std::vector<pipeline::source> out;
    std::vector<std::string> formats;
    for (const input_file* f : in.of(role::sk_template)) {
        const std::string& name = in.readings[static_cast<std::size_t>(f - in.files.data())].format;
        bool wanted = format.empty() || format == "both" || format == name;
        if (!wanted || std::find(formats.begin(), formats.end(), name) != formats.end()) continue;
        formats.push_back(name);
        out.push_back(stored(*f));
    }
    if (out.empty())
        throw error("sk.no_template", tr("lägg till SK-mallen ({0})", "add the SK template ({0})",
                                         {extension_list(formats_where([](const file_format& g) { return g.fill; }))}));
    return out;
}

// Last year's filled SK documents (not the normalized XML of one), in the order of their names (as
// `--previous` lists a folder).
std::vector<pipeline::source> previous_documents(const tab_inputs& in) {
    std::vector<const input_file*> files;
    for (const input_file* f : in.of(role::sk_filled)) {
        const file_format* format = format_named(in.readings[static_cast<std::size_t>(f - in.files.data())].format);
        if (format && format->read_document) files.push_back(f);
    }
    std::sort(files.begin(), files.end(), [](auto* a, auto* b) { return a->name < b->name; });
    return stored(files);
}

}  // namespace

job_result report(const tab_inputs& in, const std::string& extension, const request_options& options, progress& p) {
    const file_format& format = format_of(extension, pipeline::report_formats());
    auto files = in.report_files();
    if (files.empty())
        throw error("serve.no_report_files", tr("lägg till en uppföljning (eller en arbetsplan) först",
                                                "add a follow-up (or a work plan) first"));
    p.step(0, 3, tr("läser uppföljningarna", "reading the follow-ups").text());
    model::document doc = load_stored(files).doc;
    p.step(1, 3, tr("kontrollerar", "checking").text());
    doc.findings = check::run_all({doc, nullptr, options.as_of.empty() ? doc.metadata.as_of : options.as_of});
    p.step(2, 3, tr("skriver rapporten", "writing the report").text());
    return {pipeline::report_bytes(format, std::move(doc), {options.title, {}}),
            "rapport." + extension,
            std::string(format.media_type),
            true,
            {}};
}

job_result normalized_xml(const tab_inputs& in, const std::string& which, progress& p) {
    bool chain = which == "chain";
    auto files = chain ? in.chain_files() : in.of(role::follow_up);
    if (files.empty())
        throw error("serve.no_files",
                    chain ? tr("lägg till en arbetsplan eller SK-mall först", "add a work plan or SK template first")
                          : tr("lägg till en uppföljning först", "add a follow-up first"));
    p.step(0, 1, tr("läser filerna och skriver XML", "reading the files and writing XML").text());
    pipeline::import_request request;
    request.inputs = stored(files);
    return {
        pipeline::import_inputs(request).xml, chain ? "malkedja.xml" : "uppfoljning.xml", "application/xml", true, {}};
}

job_result sk_documents(const tab_inputs& in, const std::string& lasar, const std::string& format, progress& p) {
    pipeline::sk_generate_request request;
    request.templates = sk_templates(in, format);
    if (auto problem = pipeline::lasar_problem(lasar)) throw error("sk.bad_lasar", *problem);
    request.lasar = *sk::parse_lasar(lasar);
    request.chain = stored(in.chain_files());
    request.schools =
        stored(*first(in.of(role::schools), tr("lägg till skolfilen (Skolenhetskod, Skola, Område, Stadier)",
                                               "add the schools file (Skolenhetskod, Skola, Område, Stadier)")));
    if (auto results = in.of(role::results); !results.empty()) request.results = stored(*results.front());
    request.previous_documents = previous_documents(in);
    p.step(0, 1, tr("läser målkedjan", "reading the goal chain").text());
    pipeline::sk_generation generation = pipeline::prepare_sk_generation(request);
    std::vector<std::string> notes;
    for (const auto& name : generation.without_last_years_goals)
        notes.push_back(tr("{0}: förra årets SKA-mål saknas, mallens tabell står kvar",
                           "{0}: last year's SKA-mål are missing, the template's table stays", {name})
                            .text());
    for (const auto& name : generation.without_survey_values)
        notes.push_back(
            tr("{0}: inga enkätvärden i resultatfilen", "{0}: no survey values in the results file", {name}).text());
    std::vector<zip_entry> entries;
    const std::size_t total = generation.schools.size() * generation.templates.size();
    unsigned threads = worker_threads();
    parallel_in_order<std::vector<pipeline::sk_output>>(
        generation.schools.size(), threads, 2 * std::size_t{threads},
        [&](std::size_t i) { return pipeline::fill_school_documents(generation, i); },
        [&](std::size_t i) { p.step(entries.size(), total, pipeline::school_of(generation, i).name); },
        [&](std::size_t, std::vector<pipeline::sk_output>& documents) {
            for (auto& document : documents)
                entries.push_back({std::move(document.file_name), std::move(document.bytes), true});
        });
    std::string next = std::to_string(100 + (request.lasar + 1) % 100).substr(1);
    std::string name = "sk-dokument-" + std::to_string(request.lasar) + "-" + next + ".zip";
    return {write_zip(entries), name, "application/zip", true, notes};
}

job_result sk_collection(const tab_inputs& in, const std::string& extension, progress& p) {
    auto files = in.of(role::sk_filled);
    if (files.empty())
        throw error("sk.no_report", tr("lägg till ifyllda SK-dokument först", "add filled SK documents first"));
    pipeline::sk_collect_request request;
    request.format = &format_of(extension, pipeline::sk_collect_formats());
    request.documents = stored(files);
    p.step(
        0, 1,
        tr("läser SK-dokumenten och skriver sammanställningen", "reading the SK documents and writing the collection")
            .text());
    return {pipeline::collect_sk_documents(request).bytes,
            "sk-insamling." + extension,
            std::string(request.format->media_type),
            true,
            {}};
}

}  // namespace mk::serve
