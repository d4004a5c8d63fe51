// `malkedja diff OLD NEW`: what changed in the goal chain from last year to this year.
#include <iostream>

#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/diff.hpp"
#include "src/pipeline/outputs.hpp"

namespace mk::cli {
namespace {

struct diff_options {
    std::string before;
    std::string after;
    std::string output;
    std::string status_words;
    recognize::unit_rule units;
};

}  // namespace

command add_diff_command(CLI::App& app) {
    auto options = std::make_shared<diff_options>();
    auto formats = pipeline::diff_formats();
    CLI::App* sub = app.add_subcommand(
        "diff", tr("jämför förra årets målkedja eller uppföljning med årets: mål som finns kvar, har omformulerats, "
                   "flyttats, tagits bort eller är nya, aktiviteter och statusar, indikatorer",
                   "compare last year's goal chain or follow-up with this year's: goals kept, reworded, moved, "
                   "dropped or new, activities and statuses, indicators")
                    .text());
    sub->add_option(tr("FORRA", "OLD").text(), options->before,
                    tr("förra årets fil (normaliserad XML eller annan fil som import läser)",
                       "last year's file (normalized XML or any other file import reads)")
                        .text())
        ->type_name("")
        ->required();
    sub->add_option(tr("ARETS", "NEW").text(), options->after, tr("årets fil", "this year's file").text())
        ->type_name("")
        ->required();
    sub->add_option("-o,--output", options->output,
                    tr("skriv jämförelsen till en fil ({0}); formatet följer filändelsen (annars text på "
                       "standard ut)",
                       "write the comparison to a file ({0}); the extension gives the format (else text on "
                       "standard output)",
                       {extension_list(formats)})
                        .text())
        ->type_name(value_name::file())
        ->check(output_file(formats));
    add_status_words_option(*sub, options->status_words);
    add_unit_rule_option(*sub, options->units);
    sub->footer(tr("Slutstatus: 0 ingen ändring, 1 ändringar, 2 en fil gick inte att använda.",
                   "Exit status: 0 no change, 1 changes, 2 a file could not be used.")
                    .text());
    return {sub, [options]() {
                pipeline::diff_request request;
                request.before = pipeline::file_source(options->before);
                request.after = pipeline::file_source(options->after);
                request.load.status_words = options->status_words;
                request.load.units = options->units;
                std::vector<warning> warnings;
                request.load.warnings = &warnings;
                diff::changes found = pipeline::diff_inputs(request);
                diff::sides names{options->before, options->after};
                if (options->output.empty()) {
                    print_warnings(warnings);
                    std::cout << diff::changes_text(found, names);
                } else {
                    const file_format& f = pipeline::output_format(options->output, pipeline::diff_formats());
                    write_output_file(options->output, pipeline::diff_bytes(f, found, names),
                                      {options->before, options->after});
                    print_warnings(warnings);
                    std::cerr << tr("jämförelsen skrevs till {0} (ändringar: {1})",
                                    "the comparison was written to {0} (changes: {1})",
                                    {options->output, std::to_string(found.count())})
                                     .text()
                              << '\n';
                }
                return found.count() == 0 ? exit_ok : exit_findings;
            }};
}

}  // namespace mk::cli
