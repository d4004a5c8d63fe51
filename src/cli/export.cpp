// `malkedja export IN... -o OUT.EXT`: the nämnd's report in the format the extension names.
#include <iostream>

#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/core/file_io.hpp"
#include "src/core/let_go.hpp"
#include "src/pipeline/export.hpp"
#include "src/pipeline/option_values.hpp"

namespace mk::cli {
namespace {

struct export_options {
    std::vector<std::string> files;
    std::string output;
    std::string title;
    std::string as_of;
    std::string date;
    std::string status_words;
    recognize::unit_rule units;
};

}  // namespace

command add_export_command(CLI::App& app) {
    auto options = std::make_shared<export_options>();
    auto formats = pipeline::report_formats();
    CLI::App* sub = app.add_subcommand(
        "export", tr("skriv rapporten till nämnden ({0})", "write the report for the board ({0})",
                     {extension_list(formats)})
                      .text());
    sub->add_option(value_name::file(), options->files, tr("filerna som ska läsas", "the files to read").text())
        ->type_name("")
        ->required();
    sub->add_option("-o,--output", options->output,
                    tr("rapportfilen som skrivs; formatet följer filändelsen", "the report file to write; the "
                                                                                 "extension gives the format")
                        .text())
        ->type_name(value_name::file())
        ->check(output_file(formats))
        ->required();
    sub->add_option("--title", options->title, tr("rapportens rubrik", "the report's title").text())
        ->type_name(value_name::text());
    sub->add_option("--as-of", options->as_of,
                    tr("referensdatum för kontrollerna (annars dokumentets rapportdatum)",
                       "reference date of the checks (else the document's report date)")
                        .text())
        ->type_name(value_name::date())
        ->check(checked(pipeline::date_problem));
    sub->add_option("--date", options->date,
                    tr("datum som skrivs in som rapportens skapandedatum", "date written as the report's creation date")
                        .text())
        ->type_name(value_name::date())
        ->check(checked(pipeline::date_problem));
    add_status_words_option(*sub, options->status_words);
    add_unit_rule_option(*sub, options->units);
    return {sub, [options]() {
                keep_until_exit(true);  // the process ends after this one command
                pipeline::export_request request;
                request.format = &pipeline::output_format(options->output, pipeline::report_formats());
                request.inputs = pipeline::file_sources(options->files);
                request.as_of = options->as_of;
                request.load.status_words = options->status_words;
                request.load.units = options->units;
                request.report = {options->title, options->date};
                std::vector<warning> warnings;
                request.load.warnings = &warnings;
                pipeline::export_result result = pipeline::export_report(request);
                write_output_file(options->output, result.bytes, options->files);
                print_warnings(warnings);
                std::cerr << tr("rapporten skrevs till {0}: {1}, {2}, {3}",
                                "the report was written to {0}: {1}, {2}, {3}",
                                {options->output, counted(result.goals, "mål", "mål", "goal", "goals"),
                                 counted(result.activities, "aktivitet", "aktiviteter", "activity", "activities"),
                                 counted(result.findings, "fynd", "fynd", "finding", "findings")})
                                 .text()
                          << '\n';
                return exit_ok;
            }};
}

}  // namespace mk::cli
