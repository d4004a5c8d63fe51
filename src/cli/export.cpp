// `malkedja export IN... -o OUT.EXT`: the nämnd's report in the format the extension names.
#include <iostream>

#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/cli/command.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/load.hpp"
#include "src/pipeline/report_file.hpp"

namespace mk::cli {
namespace {

struct export_options {
    std::vector<std::string> files;
    std::string output;
    std::string title;
    std::string as_of;
    std::string date;
    std::string status_words;
};

CLI::Validator iso_date() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-';
            return ok ? "" : tr("ange datumet som ÅÅÅÅ-MM-DD", "give the date as YYYY-MM-DD").text();
        },
        "YYYY-MM-DD");
}

}  // namespace

command add_export_command(CLI::App& app) {
    auto options = std::make_shared<export_options>();
    CLI::App* sub = app.add_subcommand(
        "export", tr("skriv rapporten till nämnden (.xlsx, .ods, .csv, .docx, .odt, .html eller .json)",
                     "write the report for the board (.xlsx, .ods, .csv, .docx, .odt, .html or .json)")
                      .text());
    sub->add_option("FILE", options->files, tr("filerna som ska läsas", "the files to read").text())->required();
    sub->add_option("-o,--output", options->output,
                    tr("rapportfilen som skrivs; formatet följer filändelsen", "the report file to write; the "
                                                                                 "extension gives the format")
                        .text())
        ->required();
    sub->add_option("--title", options->title, tr("rapportens rubrik", "the report's title").text());
    sub->add_option("--as-of", options->as_of,
                    tr("referensdatum för kontrollerna ÅÅÅÅ-MM-DD (annars dokumentets rapportdatum)",
                       "reference date of the checks YYYY-MM-DD (else the document's report date)")
                        .text())
        ->check(iso_date());
    sub->add_option("--date", options->date,
                    tr("datum som skrivs in som rapportens skapandedatum ÅÅÅÅ-MM-DD",
                       "date written as the report's creation date YYYY-MM-DD")
                        .text())
        ->check(iso_date());
    add_status_words_option(*sub, options->status_words);
    return {sub, [options]() {
                auto format = output_format_for(options->output);
                if (!format)
                    throw error("export.unknown_format",
                                tr("okänt rapportformat: ge utfilen ändelsen .xlsx, .ods, .csv, .docx, .odt, .html "
                                   "eller .json",
                                   "unknown report format: give the output file the extension .xlsx, .ods, .csv, "
                                   ".docx, .odt, .html or .json"),
                                options->output);
                pipeline::load_options load;
                load.status_words = options->status_words;
                pipeline::loaded input = pipeline::load_inputs(options->files, load);
                const model::document& doc = input.doc;
                check::findings found =
                    check::run_all({doc, nullptr, options->as_of.empty() ? doc.metadata.as_of : options->as_of});
                std::string bytes = pipeline::report_bytes(*format, doc, found, {options->title, options->date});
                write_output_file(options->output, bytes, options->files);
                std::cerr << tr("rapporten skrevs till {0}: {1} mål, {2} aktiviteter, {3} fynd",
                                "the report was written to {0}: {1} goals, {2} activities, {3} findings",
                                {options->output, std::to_string(doc.goals.size()),
                                 std::to_string(doc.activities.size()), std::to_string(found.size())})
                                 .text()
                          << '\n';
                return exit_ok;
            }};
}

}  // namespace mk::cli
