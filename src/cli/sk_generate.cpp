// `malkedja sk generate`: one pre-filled SK document per school from the municipality's template.
#include <iostream>
#include <memory>

#include "src/check/location.hpp"
#include "src/cli/option_checks.hpp"
#include "src/cli/sk_commands.hpp"
#include "src/core/error.hpp"
#include "src/pipeline/option_values.hpp"
#include "src/pipeline/sk_generate.hpp"
#include "src/sk/lasar.hpp"

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

pipeline::sk_generate_request request_of(const generate_options& options) {
    pipeline::sk_generate_request request;
    request.lasar = sk::parse_lasar(options.lasar).value();  // checked as it was parsed
    request.templates = pipeline::file_sources(options.templates);
    if (!options.update.empty()) request.update = pipeline::file_source(options.update);
    request.chain = {pipeline::file_source(options.chain)};
    request.schools = pipeline::file_source(options.schools);
    if (!options.results.empty()) request.results = pipeline::file_source(options.results);
    if (!options.previous_chain.empty()) request.previous_chain = pipeline::file_source(options.previous_chain);
    request.format = options.format;
    return request;
}

// Prints what the checks found in the schools file, one finding a line; returns whether any is a fel.
bool print_schools_findings(const pipeline::sk_generation& generation) {
    bool fel = false;
    for (const model::finding& f : generation.schools_findings) {
        fel = fel || f.severity == model::severity::fel;
        std::string place = check::format_location(f.location);
        std::cerr << f.rule << ' ' << f.location.file.str() << (place.empty() ? "" : ": " + place) << ": " << f.message
                  << (f.suggestion.empty() ? "" : " (" + f.suggestion + ")") << '\n';
    }
    return fel;
}

// A kept cell as the summary lists it: its table's headings, row and column, the text kept and
// the value pre-filled now.
std::string kept_line(const kept_text& kept) {
    const cell_fill& slot = kept.slot;
    std::string table;
    for (const auto& heading : slot.table.headings) table += (table.empty() ? "" : " / ") + heading;
    std::string row = slot.under.empty() ? slot.row : slot.row.empty() ? slot.under : slot.under + " " + slot.row;
    return tr("  {0}, rad {1}, kolumn {2}: \"{3}\" behålls (förifyllt värde: \"{4}\")",
              "  {0}, row {1}, column {2}: \"{3}\" kept (pre-filled value: \"{4}\")",
              {table, row, slot.column, kept.kept, slot.text})
        .text();
}

// How many of last year's documents were read, and each that gives no school anything.
void print_previous_documents(const pipeline::sk_generate_request& request, const sk::previous_years& previous) {
    std::cerr << tr("{0} ifyllda SK-dokument från förra året lästa", "{0} filled SK documents of last year read",
                    {std::to_string(request.previous_documents.size())})
                     .text()
              << '\n';
    for (const auto& name : previous.about_no_school)
        std::cerr << tr("  {0}: rubriken nämner ingen skola i skolfilen; dokumentets mål förs inte över (skriv skolans "
                        "namn som i skolfilens kolumn Skola i rubriken)",
                        "  {0}: the title names no school of the schools file; the document's goals are not carried "
                        "over (write the school's name as in the schools file's column Skola in the title)",
                        {name})
                         .text()
                  << '\n';
    for (const auto& [name, school] : previous.passed_over)
        std::cerr << tr("  {0}: förs inte över; {1} gäller samma skola och används (senare läsår eller läst först)",
                        "  {0}: not carried over; {1} is about the same school and is used (a later läsår, or read "
                        "first)",
                        {name, previous.by_school.at(school).file})
                         .text()
                  << '\n';
}

int run_update(const generate_options& options, const pipeline::sk_generate_request& request) {
    auto generation = pipeline::prepare_sk_generation(request);
    bool fel = print_schools_findings(generation);
    const model::school& school = pipeline::school_of(generation, 0);
    auto written = pipeline::write_sk_documents(generation, options.output, pipeline::input_paths(request));
    for (const auto& path : written.files)
        std::cerr << tr("{0}: förifyllda delar uppdaterade i {1}", "{0}: pre-filled parts refreshed in {1}",
                        {school.name, path})
                         .text()
                  << '\n';
    if (!written.kept_cells.empty())
        std::cerr << tr("skolans egna värden som skiljer sig från de förifyllda behålls ({0}):",
                        "the school's own values that differ from the pre-filled ones are kept ({0}):",
                        {std::to_string(written.kept_cells.size())})
                         .text()
                  << '\n';
    for (const auto& k : written.kept_cells) std::cerr << kept_line(k) << '\n';
    return fel ? exit_findings : exit_ok;
}

int run_generate(const generate_options& options) {
    auto request = request_of(options);
    if (request.update) return run_update(options, request);
    if (!options.previous.empty()) request.previous_documents = pipeline::previous_documents_in(options.previous);
    auto generation = pipeline::prepare_sk_generation(request);
    if (!options.previous.empty()) print_previous_documents(request, generation.previous);
    bool fel = print_schools_findings(generation);
    std::size_t schools = generation.schools.size();
    auto written =
        pipeline::write_sk_documents(generation, options.output, pipeline::input_paths(request), [&](std::size_t n) {
            std::cerr << "[" << n + 1 << "/" << schools << "] " << pipeline::school_of(generation, n).name << '\n';
        });
    std::cerr << tr("{0} dokument för {1} skolor skrivna till {2}", "{0} documents for {1} schools written to {2}",
                    {std::to_string(written.files.size()), std::to_string(schools), options.output})
                     .text()
              << '\n';
    const auto& missing = generation.without_last_years_goals;
    if (!missing.empty())
        std::cerr << tr("förra årets SKA-mål saknas för {0} av {1} skolor (ange --previous-chain eller --previous): "
                        "mallens tabell står kvar för {2}",
                        "last year's SKA-mål are missing for {0} of {1} schools (give --previous-chain or "
                        "--previous): the template's table stays for {2}",
                        {std::to_string(missing.size()), std::to_string(schools), pipeline::listed(missing)})
                         .text()
                  << '\n';
    for (const auto& name : generation.without_survey_values)
        std::cerr << tr("  {0}: inga enkätvärden i resultatfilen (kolumnen SKOLAN lämnas tom)",
                        "  {0}: no survey values in the results file (the SKOLAN column is left empty)", {name})
                         .text()
                  << '\n';
    if (written.kept.empty()) return fel ? exit_findings : exit_ok;
    std::cerr << tr("{0} befintliga filer lämnades orörda: de har ändrats sedan malkedja skrev dem eller är inte "
                    "skrivna av malkedja; uppdatera en sådan fil med --update FIL:",
                    "{0} existing files were left alone: they were changed since malkedja wrote them or were not "
                    "written by malkedja; refresh such a file with --update FILE:",
                    {std::to_string(written.kept.size())})
                     .text()
              << '\n';
    for (const auto& path : written.kept) std::cerr << "  " << path << '\n';
    return exit_findings;
}

}  // namespace

command add_sk_generate_command(CLI::App& sk) {
    auto options = std::make_shared<generate_options>();
    auto template_formats = formats_where([](const file_format& f) { return f.fill != nullptr; });
    std::vector<std::string> format_names;
    for (const file_format* f : template_formats) format_names.emplace_back(f->name);
    std::string templates = extension_list(template_formats);
    CLI::App* sub = sk.add_subcommand(
        "generate", tr("ett förifyllt SK-dokument per skola från kommunens mall ({0})",
                       "one pre-filled SK document per school from the municipality's template ({0})", {templates})
                        .text());
    sub->add_option(
           "--template", options->templates,
           tr("mallen ({0}; ange en per format för --format both; krävs utom med --update)",
              "the template ({0}; give one per format for --format both; required unless --update)", {templates})
               .text())
        ->type_name(value_name::file());
    sub->add_option("--chain", options->chain,
                    tr("målkedjan (normaliserad XML eller annan fil som import läser) med KF-mål och nämndmål",
                       "the goal chain (normalized XML or any other file import reads) with KF goals and nämndmål")
                        .text())
        ->type_name(value_name::file())
        ->required();
    sub->add_option("--schools", options->schools,
                    tr("skolorna ({0})", "the schools ({0})", {readable_extensions(format_kind::workbook)}).text())
        ->type_name(value_name::file())
        ->required();
    auto sheets = formats_where(
        [](const file_format& f) { return f.kind == format_kind::workbook && f.readable() && !f.one_sheet; });
    sub->add_option("--results", options->results,
                    tr("resultatfilen ({0}): elevenkätens index per stadium, meritvärde och minst E per år",
                       "the results file ({0}): the pupil survey's indices per stage, meritvärde and minst E per year",
                       {extension_list(sheets)})
                        .text())
        ->type_name(value_name::file());
    sub->add_option("--previous", options->previous,
                    tr("mapp med förra årets ifyllda SK-dokument", "folder of last year's filled SK documents").text())
        ->type_name(value_name::folder())
        ->check(existing_folder());
    sub->add_option("--previous-chain", options->previous_chain,
                    tr("förra årets målkedja, för förra årets SKA-mål (annars från dokumenten i --previous); "
                       "Målanalysens mål som inte finns kvar i --chain markeras",
                       "last year's goal chain, for last year's SKA-mål (else from the documents in --previous); "
                       "the Målanalys goals that --chain no longer has are marked")
                        .text())
        ->type_name(value_name::file());
    sub->add_option("--lasar", options->lasar, tr("läsåret, t.ex. 2024/25", "the läsår, e.g. 2024/25").text())
        ->type_name(value_name::lasar())
        ->check(checked(pipeline::lasar_problem))
        ->required();
    sub->add_option("-o,--output", options->output,
                    tr("utmappen (måste finnas)", "the output folder (must exist)").text())
        ->type_name(value_name::folder())
        ->check(existing_folder())
        ->required();
    format_names.push_back("both");
    sub->add_option("--format", options->format,
                    tr("vilka mallar som fylls i: {0} (annars alla)", "which templates are filled: {0} (else all)",
                       {alternatives(format_names)})
                        .text())
        ->type_name(alternatives_name(format_names))
        ->check(one_of(format_names));
    sub->add_option("--update", options->update,
                    tr("uppdatera de förifyllda delarna av ett redan ifyllt dokument och behåll allt skolan skrivit",
                       "refresh the pre-filled parts of an already filled document, keeping all the school wrote")
                        .text())
        ->type_name(value_name::file());
    return {sub, [options]() { return run_generate(*options); }};
}

}  // namespace mk::cli
