#include "src/pipeline/sk_generate.hpp"

#include <algorithm>
#include <filesystem>

#include "src/check/rule.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/memory_budget.hpp"
#include "src/diff/changes.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/schools.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/sk/file_name.hpp"
#include "src/sk/lasar.hpp"

namespace mk::pipeline {
namespace {

std::vector<const file_format*> template_formats() {
    return formats_where([](const file_format& f) { return f.fill != nullptr; });
}

sk_template read_template(const source& input) {
    try {
        sk_template t;
        t.name = input.name;
        std::string holder;
        const std::string& bytes = bytes_of(input, holder);
        t.bytes = input.bytes ? bytes : std::move(holder);
        load_budget budget(t.bytes);
        t.format = &detect_format(t.bytes);
        if (!t.format->fill)
            throw error("sk.template_format", tr("mallen är en {0}-fil: ange en mall i formatet {1}",
                                                 "the template is a {0} file: give a template in the format {1}",
                                                 {t.format->name, extension_list(template_formats())}));
        document doc = t.format->read_document(t.bytes);
        if (!recognize::is_sk_document(doc))
            throw error("sk.template_not_sk",
                        tr("mallen är inget SK-dokument (rubrikerna MÅLANALYS och PLANERINGSRAPPORT saknas): ange "
                           "kommunens SK-mall",
                           "the template is no SK document (the headings MÅLANALYS and PLANERINGSRAPPORT are "
                           "missing): give the municipality's SK template"));
        t.facts = sk::facts_of(doc, t.name);
        return t;
    } catch (const error& e) {
        throw e.with_context(input.name);
    }
}

// What recognise (read_schools, read_results) finds in the workbook input is.
template <class Recognise>
auto read_workbook_input(const source& input, Recognise recognise) {
    try {
        std::string holder;
        const std::string& bytes = bytes_of(input, holder);
        load_budget budget(bytes);
        return recognise(read_workbook(bytes, file_stem(input.name)));
    } catch (const error& e) {
        throw e.with_context(input.name);
    }
}

// The inputs every school's plan is made from; template is the one whose läsår and area the plan
// moves from.
sk::plan_inputs read_plan_inputs(const sk_generate_request& request, const sk_template& from) {
    sk::plan_inputs inputs;
    inputs.lasar = request.lasar;
    inputs.template_lasar = from.facts.lasar.value_or(0);
    inputs.chain = load_inputs(request.chain, {}).doc;
    if (request.previous_chain) {
        inputs.previous_chain = load_input(*request.previous_chain);
        for (const diff::goal_diff& d : diff::compare(*inputs.previous_chain, inputs.chain).goals)
            if (!d.after)
                for (const model::goal& g : inputs.previous_chain->goals)
                    if (g.id == d.before->id) inputs.dropped_goals.push_back(g);
    }
    auto schools = read_workbook_input(request.schools, recognize::read_schools);
    for (auto& school : schools.schools)
        if (school.source) school.source->file = request.schools.name;
    inputs.development_areas = std::move(schools.development_areas);
    inputs.chain.schools = std::move(schools.schools);
    if (request.results) {
        auto results = read_workbook_input(*request.results, recognize::read_results);
        inputs.survey = std::move(results.survey);
        inputs.history = std::move(results.history);
    }
    inputs.template_area = from.facts.area;
    if (inputs.template_lasar == 0) inputs.template_lasar = inputs.lasar;
    return inputs;
}

sk::previous_years read_previous_documents(const std::vector<source>& documents,
                                           const std::vector<model::school>& schools) {
    sk::previous_years years;
    for (const auto& input : documents) {
        try {
            std::string holder;
            const std::string& bytes = bytes_of(input, holder);
            load_budget budget(bytes);
            sk::add_previous_document(years, read_document(bytes), input.name, schools);
        } catch (const error& e) {
            throw e.with_context(input.name);
        }
    }
    return years;
}

void prepare_update(const sk_generate_request& request, sk_generation& generation) {
    generation.update = true;
    generation.templates.push_back(read_template(*request.update));
    const sk_template& filled = generation.templates.front();
    generation.inputs = read_plan_inputs(request, filled);
    const auto& schools = generation.inputs.chain.schools;
    const model::school* school = sk::school_named_in(schools, filled.facts.text);
    if (!school)
        throw error("sk.unknown_school",
                    tr("dokumentet nämner ingen av skolorna i skolfilen: kontrollera att skolans namn står i "
                       "dokumentets rubrik och i skolfilens kolumn Skola",
                       "the document names none of the schools in the schools file: check that the school's name "
                       "is in the document's title and in the schools file's column Skola"),
                    filled.name);
    generation.schools.push_back(static_cast<std::size_t>(school - schools.data()));
    // Refreshed for another läsår, the headings and years would move on and the school's figures and
    // answers stay where they are, under the wrong years.
    if (filled.facts.lasar && *filled.facts.lasar != request.lasar)
        throw error("sk.update_other_lasar",
                    tr("dokumentet är ifyllt för läsåret {0}, inte {1}: --update förnyar de förifyllda delarna "
                       "inom samma läsår. Gör läsårets dokument med sk generate och ange det ifyllda med "
                       "--previous MAPP",
                       "the document is filled for the läsår {0}, not {1}: --update refreshes the pre-filled "
                       "parts within the same läsår. Make the läsår's document with sk generate and give the "
                       "filled one with --previous FOLDER",
                       {sk::lasar_text(*filled.facts.lasar), sk::lasar_text(request.lasar)}),
                    filled.name);
}

void prepare_generate(const sk_generate_request& request, sk_generation& generation) {
    if (request.templates.empty())
        throw error("sk.no_template", tr("ange mallen med --template MALL.docx eller MALL.odt",
                                         "give the template with --template MALL.docx or MALL.odt"));
    for (const auto& input : request.templates) {
        auto t = read_template(input);
        bool wanted = request.format.empty() || request.format == "both" || request.format == t.format->name;
        if (wanted) generation.templates.push_back(std::move(t));
    }
    if (generation.templates.empty() || (request.format == "both" && generation.templates.size() < 2))
        throw error("sk.no_template_for_format",
                    tr("ingen mall i formatet {0}: ange en mall per format med --template (t.ex. både MALL.docx och "
                       "MALL.odt för --format both)",
                       "no template in the format {0}: give one template per format with --template (e.g. both "
                       "MALL.docx and MALL.odt for --format both)",
                       {request.format}));
    generation.inputs = read_plan_inputs(request, generation.templates.front());
    generation.previous = read_previous_documents(request.previous_documents, generation.inputs.chain.schools);
    const auto& inputs = generation.inputs;
    for (std::size_t i = 0; i < inputs.chain.schools.size(); ++i) {
        const model::school& school = inputs.chain.schools[i];
        generation.schools.push_back(i);
        if (!sk::fills_previous_ska_goals(inputs, sk::previous_of(generation.previous, school)))
            generation.without_last_years_goals.push_back(school.name);
        if (!inputs.survey.empty() && !sk::has_survey_values(inputs, school))
            generation.without_survey_values.push_back(school.name);
    }
}

// Every input of request.
std::vector<const source*> sources_of(const sk_generate_request& request) {
    std::vector<const source*> all{&request.schools};
    for (const auto& c : request.chain) all.push_back(&c);
    for (const auto* input : {&request.update, &request.results, &request.previous_chain})
        if (*input) all.push_back(&**input);
    for (const auto& t : request.templates) all.push_back(&t);
    for (const auto& d : request.previous_documents) all.push_back(&d);
    return all;
}

filled_document fill(const sk_template& t, const fill_plan& plan) {
    try {
        return t.format->fill(t.bytes, plan);
    } catch (const error& e) {
        throw e.with_context(t.name);
    }
}

}  // namespace

std::vector<source> previous_documents_in(const std::string& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw error("sk.no_previous_folder",
                    tr("mappen med förra årets SK-dokument finns inte",
                       "the folder of last year's SK documents does not exist"),
                    folder);
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const file_format* f = entry.is_regular_file() ? format_for_path(entry.path().string()) : nullptr;
        if (f && f->fill) files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return file_sources(files);
}

sk_generation prepare_sk_generation(const sk_generate_request& request) {
    check_sources(sources_of(request));
    sk_generation generation;
    if (request.update)
        prepare_update(request, generation);
    else
        prepare_generate(request, generation);
    std::vector<const model::school*> schools;
    for (const auto& school : generation.inputs.chain.schools) schools.push_back(&school);
    generation.file_stems = sk::unique_file_stems(schools);
    model::document schools_file;
    schools_file.schools = generation.inputs.chain.schools;
    schools_file.development_areas = generation.inputs.development_areas;
    generation.schools_findings = check::run_all({schools_file, nullptr, ""});
    return generation;
}

std::vector<std::string> input_paths(const sk_generate_request& request) {
    std::vector<std::string> paths;
    for (const source* s : sources_of(request))
        if (!s->path.empty()) paths.push_back(s->path);
    return paths;
}

const model::school& school_of(const sk_generation& generation, std::size_t n) {
    return generation.inputs.chain.schools.at(generation.schools.at(n));
}

std::vector<sk_output> fill_school_documents(const sk_generation& generation, std::size_t n) {
    const model::school& school = school_of(generation, n);
    const sk::previous_year none;
    const sk::previous_year& last_year = generation.update ? none : sk::previous_of(generation.previous, school);
    fill_plan plan = sk::plan_for_school(generation.inputs, school, last_year, generation.update);
    std::vector<std::string> names = output_file_names(generation, n);
    std::vector<sk_output> out;
    for (std::size_t i = 0; i < generation.templates.size(); ++i) {
        auto filled = fill(generation.templates[i], plan);
        out.push_back({names[i], std::move(filled.bytes), std::move(filled.kept)});
    }
    return out;
}

std::vector<std::string> output_file_names(const sk_generation& generation, std::size_t n) {
    const std::string& stem = generation.file_stems.at(generation.schools.at(n));
    std::vector<std::string> names;
    for (const auto& t : generation.templates) names.push_back(stem + std::string(t.format->extensions.front()));
    return names;
}

}  // namespace mk::pipeline
