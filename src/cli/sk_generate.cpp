// `malkedja sk generate`: one pre-filled SK document per school from the municipality's template.
#include <algorithm>
#include <filesystem>
#include <map>
#include <iostream>
#include <memory>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/registry.hpp"
#include "src/cli/sk_commands.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/text/fold.hpp"
#include "src/sk/file_name.hpp"
#include "src/sk/lasar.hpp"
#include "src/sk/plan.hpp"
#include "src/sk/ska_goals.hpp"

namespace mk::cli {
namespace {

struct generate_options {
    std::vector<std::string> templates;
    std::string chain;
    std::string schools;
    std::string results;
    std::string previous;
    std::string previous_chain;
    std::string lasar;
    std::string output;
    std::string format;
    std::string update;
};

// A template (or, with --update, the filled document) read once.
struct loaded_template {
    std::string path;
    std::string bytes;
    file_format format = file_format::docx;
    // The dump of its text, for the läsår it is written for and the school it names.
    std::string text;
    // The area its Bilagor name.
    std::string area;
};

loaded_template load_template(const std::string& path) {
    try {
        loaded_template t{path, read_input_file(path), file_format::docx, {}, {}};
        t.format = detect_format(t.bytes);
        if (t.format != file_format::docx && t.format != file_format::odt)
            throw error("sk.template_format",
                        tr("mallen är en {0}-fil: ange ett Word-dokument (.docx) eller ett OpenDocument-dokument (.odt)",
                           "the template is a {0} file: give a Word document (.docx) or an OpenDocument text (.odt)",
                           {format_name(t.format)}));
        auto doc = read_document(t.bytes);
        t.text = dump_document(doc);
        auto recognised = recognize::recognise_sk_document(doc, path);
        if (!recognised.schools.empty()) t.area = recognised.schools.front().area;
        return t;
    } catch (const error& e) {
        throw e.with_context(path);
    }
}

std::string fill(const loaded_template& t, const fill_plan& plan) {
    try {
        return t.format == file_format::docx ? fill_docx(t.bytes, plan) : fill_odt(t.bytes, plan);
    } catch (const error& e) {
        throw e.with_context(t.path);
    }
}

sk::plan_inputs read_inputs(const generate_options& options, int template_lasar) {
    sk::plan_inputs inputs;
    auto lasar = sk::parse_lasar(options.lasar);
    if (!lasar)
        throw error("sk.bad_lasar", tr("läsåret \"{0}\" går inte att läsa: skriv det som 2023/24",
                                       "the läsår \"{0}\" cannot be read: write it as 2023/24", {options.lasar}));
    inputs.lasar = *lasar;
    inputs.template_lasar = template_lasar;
    inputs.chain = pipeline::load_inputs({options.chain}, {}).doc;
    if (!options.previous_chain.empty()) inputs.previous_chain = pipeline::load_inputs({options.previous_chain}, {}).doc;
    try {
        auto schools = recognize::read_schools(read_workbook(read_input_file(options.schools), file_stem(options.schools)));
        inputs.development_areas = std::move(schools.development_areas);
        inputs.chain.schools = std::move(schools.schools);
    } catch (const error& e) {
        throw e.with_context(options.schools);
    }
    if (!options.results.empty()) {
        try {
            auto results = recognize::read_results(read_workbook(read_input_file(options.results), file_stem(options.results)));
            inputs.survey = std::move(results.survey);
            inputs.history = std::move(results.history);
        } catch (const error& e) {
            throw e.with_context(options.results);
        }
    }
    return inputs;
}

// The names separated by commas; past the fifth, how many more there are ("… och 295 till").
std::string joined(const std::vector<std::string>& names) {
    constexpr std::size_t shown = 5;
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) text += (text.empty() ? "" : ", ") + names[i];
    if (names.size() > shown)
        text += tr(" … och {0} till", " … and {0} more", {std::to_string(names.size() - shown)}).text();
    return text;
}

std::string extension(file_format format) { return format == file_format::docx ? ".docx" : ".odt"; }

// The school a filled document is about: the one whose name it holds (the longest such name).
const model::school* school_named_in(const std::vector<model::school>& schools, const loaded_template& filled) {
    const model::school* found = nullptr;
    for (const auto& school : schools)
        if (!school.name.empty() && filled.text.find(school.name) != std::string::npos &&
            (!found || school.name.size() > found->name.size()))
            found = &school;
    if (!found)
        throw error("sk.unknown_school",
                    tr("dokumentet nämner ingen av skolorna i skolfilen: kontrollera att skolans namn står i "
                       "dokumentets rubrik och i skolfilens kolumn Skola",
                       "the document names none of the schools in the schools file: check that the school's name "
                       "is in the document's title and in the schools file's column Skola"),
                    filled.path);
    return found;
}

// What every filled SK document (.docx, .odt) in folder gives for its school (last year's
// Planeringsrapport goals and SKA-mål table), by the folded name of the school; empty when no
// folder is given.
std::map<std::string, sk::previous_year> previous_documents(const std::string& folder) {
    std::map<std::string, sk::previous_year> found;
    if (folder.empty()) return found;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw error("sk.no_previous_folder", tr("mappen med förra årets SK-dokument finns inte",
                                                "the folder of last year's SK documents does not exist"),
                    folder);
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && (entry.path().extension() == ".docx" || entry.path().extension() == ".odt"))
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        try {
            auto read = read_document(read_input_file(file));
            model::document doc = recognize::recognise_sk_document(read, file);
            if (doc.schools.empty() || doc.sk_reports.empty()) continue;
            auto& year = found[text::fold(doc.schools.front().name)];
            for (const auto& report : doc.sk_reports)
                year.goals.insert(year.goals.end(), report.planned_goals.begin(), report.planned_goals.end());
            if (year.ska_goals.empty()) year.ska_goals = sk::ska_goals_in(read);
        } catch (const error& e) {
            throw e.with_context(file);
        }
    }
    std::cerr << tr("{0} ifyllda SK-dokument från förra året lästa", "{0} filled SK documents of last year read",
                    {std::to_string(files.size())})
                     .text()
              << '\n';
    return found;
}

int run_update(const generate_options& options) {
    loaded_template filled = load_template(options.update);
    auto inputs = read_inputs(options, sk::latest_lasar_in(filled.text).value_or(0));
    inputs.template_area = filled.area;
    if (inputs.template_lasar == 0) inputs.template_lasar = inputs.lasar;
    const model::school* school = school_named_in(inputs.chain.schools, filled);
    std::string path =
        (std::filesystem::path(options.output) / (sk::safe_file_name(school->name) + extension(filled.format))).string();
    write_output_file(path, fill(filled, sk::plan_for_school(inputs, *school, {}, true)),
                      {options.update, options.chain, options.schools, options.results, options.previous_chain});
    std::cerr << tr("{0}: förifyllda delar uppdaterade i {1}", "{0}: pre-filled parts refreshed in {1}",
                    {school->name, path})
                     .text()
              << '\n';
    return exit_ok;
}

int run_generate(const generate_options& options) {
    if (!std::filesystem::is_directory(options.output))
        throw error("sk.no_output_folder",
                    tr("utmappen \"{0}\" finns inte: skapa den först eller ange en annan med -o",
                       "the output folder \"{0}\" does not exist: create it first or give another with -o",
                       {options.output}));
    if (!options.update.empty()) return run_update(options);
    if (options.templates.empty())
        throw error("sk.no_template", tr("ange mallen med --template MALL.docx eller MALL.odt",
                                         "give the template with --template MALL.docx or MALL.odt"));
    std::vector<loaded_template> templates;
    for (const auto& path : options.templates) {
        auto t = load_template(path);
        bool wanted = options.format.empty() || options.format == "both" || options.format == format_name(t.format);
        if (wanted) templates.push_back(std::move(t));
    }
    if (templates.empty() || (options.format == "both" && templates.size() < 2))
        throw error("sk.no_template_for_format",
                    tr("ingen mall i formatet {0}: ange en mall per format med --template (t.ex. både MALL.docx och "
                       "MALL.odt för --format both)",
                       "no template in the format {0}: give one template per format with --template (e.g. both "
                       "MALL.docx and MALL.odt for --format both)",
                       {options.format}));
    auto inputs = read_inputs(options, sk::latest_lasar_in(templates.front().text).value_or(0));
    inputs.template_area = templates.front().area;
    if (inputs.template_lasar == 0) inputs.template_lasar = inputs.lasar;
    auto previous = previous_documents(options.previous);
    const auto& schools = inputs.chain.schools;
    std::vector<std::string> read_files{options.chain, options.schools, options.results, options.previous_chain};
    for (const auto& t : templates) read_files.push_back(t.path);
    std::size_t written = 0;
    std::vector<std::string> without_values;
    std::vector<std::string> without_last_years_goals;
    for (std::size_t i = 0; i < schools.size(); ++i) {
        const auto& school = schools[i];
        std::cerr << "[" << i + 1 << "/" << schools.size() << "] " << school.name << '\n';
        auto found = previous.find(text::fold(school.name));
        const sk::previous_year& last_year = found == previous.end() ? sk::previous_year{} : found->second;
        auto plan = sk::plan_for_school(inputs, school, last_year, false);
        if (!sk::fills_previous_ska_goals(inputs, last_year)) without_last_years_goals.push_back(school.name);
        if (!inputs.survey.empty() && !sk::has_survey_values(inputs, school)) without_values.push_back(school.name);
        for (const auto& t : templates) {
            auto path = std::filesystem::path(options.output) / (sk::safe_file_name(school.name) + extension(t.format));
            write_output_file(path.string(), fill(t, plan), read_files);
            ++written;
        }
    }
    std::cerr << tr("{0} dokument för {1} skolor skrivna till {2}", "{0} documents for {1} schools written to {2}",
                    {std::to_string(written), std::to_string(schools.size()), options.output})
                     .text()
              << '\n';
    if (!without_last_years_goals.empty())
        std::cerr << tr("förra årets SKA-mål saknas för {0} av {1} skolor (ange --previous-chain eller --previous): "
                        "mallens tabell står kvar för {2}",
                        "last year's SKA-mål are missing for {0} of {1} schools (give --previous-chain or "
                        "--previous): the template's table stays for {2}",
                        {std::to_string(without_last_years_goals.size()), std::to_string(schools.size()),
                         joined(without_last_years_goals)})
                         .text()
                  << '\n';
    for (const auto& name : without_values)
        std::cerr << tr("  {0}: inga enkätvärden i resultatfilen (kolumnen SKOLAN lämnas tom)",
                        "  {0}: no survey values in the results file (the SKOLAN column is left empty)", {name})
                         .text()
                  << '\n';
    return exit_ok;
}

}  // namespace

command add_sk_generate_command(CLI::App& sk) {
    auto options = std::make_shared<generate_options>();
    CLI::App* sub = sk.add_subcommand(
        "generate", tr("ett förifyllt SK-dokument per skola från kommunens mall (.docx, .odt)",
                       "one pre-filled SK document per school from the municipality's template (.docx, .odt)")
                        .text());
    sub->add_option("--template", options->templates,
                    tr("mallen (.docx eller .odt; ange båda för --format both)",
                       "the template (.docx or .odt; give both for --format both)")
                        .text());
    sub->add_option("--chain", options->chain,
                    tr("målkedjan (normaliserad XML eller annan fil) med KF-mål och nämndmål",
                       "the goal chain (normalized XML or any other input) with KF goals and nämndmål")
                        .text())
        ->required();
    sub->add_option("--schools", options->schools,
                    tr("skolorna (.xlsx, .ods eller .csv)", "the schools (.xlsx, .ods or .csv)").text())
        ->required();
    sub->add_option("--results", options->results,
                    tr("resultatfilen (.xlsx, .ods): elevenkätens index per stadium, meritvärde och minst E per år",
                       "the results file (.xlsx, .ods): the pupil survey's indices per stage, meritvärde and minst E "
                       "per year")
                        .text());
    sub->add_option("--previous", options->previous,
                    tr("mapp med förra årets ifyllda SK-dokument", "folder of last year's filled SK documents").text());
    sub->add_option("--previous-chain", options->previous_chain,
                    tr("förra årets målkedja, för förra årets SKA-mål (annars från dokumenten i --previous)",
                       "last year's goal chain, for last year's SKA-mål (else from the documents in --previous)")
                        .text());
    sub->add_option("--lasar", options->lasar, tr("läsåret, t.ex. 2023/24", "the läsår, e.g. 2023/24").text())
        ->required();
    sub->add_option("-o,--output", options->output, tr("utmappen (måste finnas)", "the output folder (must exist)").text())
        ->required();
    sub->add_option("--format", options->format, tr("docx, odt eller both", "docx, odt or both").text())
        ->check(CLI::IsMember({"docx", "odt", "both"}));
    sub->add_option("--update", options->update,
                    tr("uppdatera de förifyllda delarna av ett redan ifyllt dokument och behåll allt skolan skrivit",
                       "refresh the pre-filled parts of an already filled document, keeping all the school wrote")
                        .text());
    return {sub, [options]() { return run_generate(*options); }};
}

}  // namespace mk::cli
