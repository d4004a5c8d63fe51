// `malkedja check IN...`: the consistency rules over any inputs, as text, JSON or CSV.
#include <iostream>

#include "src/check/location.hpp"
#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/core/error.hpp"
#include "src/core/located_text.hpp"
#include "src/model/names.hpp"
#include "src/pipeline/check.hpp"
#include "src/pipeline/option_values.hpp"
#include "src/pipeline/summary.hpp"

namespace mk::cli {
namespace {

struct check_options {
    std::vector<std::string> files;
    std::string chain;
    std::string as_of;
    std::string format = "text";
    std::string status_words;
    recognize::unit_rule units;
    bool rules = false;
};

std::string severity_label(model::severity s) {
    switch (s) {
        case model::severity::fel: return tr("fel", "error").text();
        case model::severity::varning: return tr("varning", "warning").text();
        case model::severity::info: return "info";
    }
    return {};
}

void print_rules() {
    for (const check::rule& r : check::all_rules())
        std::cout << r.id << '\t' << severity_label(r.severity) << '\t' << r.description.text() << '\n';
}

void print_text(const check::findings& found) {
    for (const model::finding& f : found) {
        std::string place = check::format_location(f.location);
        // One line a finding, whatever line breaks a quoted cell holds.
        std::cout << severity_label(f.severity) << ' ' << f.rule << ' '
                  << one_line((f.location.file.empty() ? "-" : f.location.file.str()) +
                              (place.empty() ? "" : ": " + place) + ": " + f.message +
                              (f.suggestion.empty() ? "" : " (" + f.suggestion + ")"))
                  << '\n';
    }
    auto counts = pipeline::count_by_severity(found);
    std::cout << tr("{0} fynd: {1}", found.size() == 1 ? "{0} finding: {1}" : "{0} findings: {1}",
                    {std::to_string(found.size()), pipeline::severity_counts_text(counts)})
                     .text()
              << '\n';
}

}  // namespace

command add_check_command(CLI::App& app) {
    auto options = std::make_shared<check_options>();
    CLI::App* sub = app.add_subcommand(
        "check", tr("kontrollera uppföljningar, arbetsplaner, SK-dokument och målkedjor mot reglerna (se --rules)",
                    "check follow-ups, work plans, SK documents and goal chains against the rules (see --rules)")
                     .text());
    sub->add_option(value_name::file(), options->files,
                    tr("filerna som ska kontrolleras (krävs utom med --rules)",
                       "the files to check (required unless --rules)")
                        .text())
        ->type_name("");
    sub->add_option("--chain", options->chain,
                    tr("målkedjan att kontrollera mot (normaliserad XML eller annan fil som import läser)",
                       "the goal chain to check against (normalized XML or any other file import reads)")
                        .text())
        ->type_name(value_name::file());
    sub->add_option("--as-of", options->as_of,
                    tr("referensdatum (annars filernas rapportdatum)", "reference date (else the files' report date)")
                        .text())
        ->type_name(value_name::date())
        ->check(checked(pipeline::date_problem));
    std::vector<std::string> formats{"text", "json", "csv"};
    sub->add_option("--format", options->format,
                    tr("utdata: {0}", "output: {0}", {alternatives(formats)}).text())
        ->type_name(alternatives_name(formats))
        ->check(one_of(formats));
    add_status_words_option(*sub, options->status_words);
    add_unit_rule_option(*sub, options->units);
    sub->add_flag("--rules", options->rules, tr("lista reglerna", "list the rules").text());
    return {sub, [options]() {
                if (options->rules) {
                    print_rules();
                    return exit_ok;
                }
                if (options->files.empty())
                    throw error("check.no_input", tr("ange minst en fil att kontrollera", "give at least one file to check"));
                pipeline::check_request request;
                request.inputs = pipeline::file_sources(options->files);
                if (!options->chain.empty()) request.chain = pipeline::file_source(options->chain);
                request.as_of = options->as_of;
                request.load.status_words = options->status_words;
                request.load.units = options->units;
                std::vector<warning> warnings;
                request.load.warnings = &warnings;
                check::findings found = pipeline::check_inputs(request);
                print_warnings(warnings);
                if (options->format == "text")
                    print_text(found);
                else
                    std::cout << pipeline::findings_as(found, options->format);
                return pipeline::has_errors(found) ? exit_findings : exit_ok;
            }};
}

}  // namespace mk::cli
