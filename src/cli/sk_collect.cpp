// `malkedja sk collect FILES... -o OUT.xml|.xlsx|.ods|.html`: filled SK documents → one model, checked.
#include <iostream>

#include "src/cli/option_checks.hpp"
#include "src/cli/sk_commands.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/sk_collect.hpp"
#include "src/pipeline/summary.hpp"

namespace mk::cli {
namespace {

struct collect_options {
    std::vector<std::string> files;
    std::string output;
    bool no_provenance = false;
};

void print_summary(const pipeline::sk_collect_summary& summary, const collect_options& options) {
    bool one = summary.documents == 1;
    std::cerr << tr(one ? "{0} insamlat till {1}: {2}, {3}, {4}" : "{0} insamlade till {1}: {2}, {3}, {4}",
                    "{0} collected into {1}: {2}, {3}, {4}",
                    {counted(summary.documents, "SK-dokument", "SK-dokument", "SK document", "SK documents"),
                     options.output, counted(summary.goals, "mål", "mål", "goal", "goals"),
                     counted(summary.values, "värderad", "värderader", "value row", "value rows"),
                     counted(summary.answers, "svar", "svar", "answer", "answers")})
                     .text()
              << '\n'
              << tr("  fynd: {0} (se malkedja check)", "  findings: {0} (see malkedja check)",
                    {pipeline::severity_counts_text(summary.findings)})
                     .text()
              << '\n';
    if (summary.unchecked > 0)
        std::cerr << tr(summary.unchecked == 1 ? "  text utanför svarsplatserna är inte eftersökt i {0}: det har inget "
                                                 "minne av sin ifyllnad (ifyllt för hand eller av en äldre version)"
                                               : "  text utanför svarsplatserna är inte eftersökt i {0}: de har inget "
                                                 "minne av sin ifyllnad (ifyllda för hand eller av en äldre version)",
                        summary.unchecked == 1 ? "  text outside the answer places was not looked for in {0}: it "
                                                 "keeps no memory of its filling (filled by hand, or by an older "
                                                 "version)"
                                               : "  text outside the answer places was not looked for in {0}: they "
                                                 "keep no memory of their filling (filled by hand, or by an older "
                                                 "version)",
                        {counted(summary.unchecked, "dokument", "dokument", "document", "documents")})
                         .text()
                  << '\n';
}

}  // namespace

command add_sk_collect_command(CLI::App& sk) {
    auto options = std::make_shared<collect_options>();
    auto formats = pipeline::sk_collect_formats();
    CLI::App* sub = sk.add_subcommand(
        "collect",
        tr("läs ifyllda SK-dokument ({0}) till normaliserad XML, en arbetsbok eller ett dokument för nämnden",
           "read filled SK documents ({0}) into normalized XML, a workbook or a document for the nämnd",
           {readable_extensions(format_kind::document)})
            .text());
    sub->add_option(value_name::file(), options->files, tr("SK-dokumenten", "the SK documents").text())
        ->type_name("")
        ->required();
    sub->add_option("-o,--output", options->output,
                    tr("utfilen: {0}", "the output file: {0}", {extension_list(formats)}).text())
        ->type_name(value_name::file())
        ->check(output_file(formats))
        ->required();
    sub->add_flag("--no-provenance", options->no_provenance,
                  tr("utelämna källhänvisningar i XML-filen", "leave out source references in the XML file").text());
    return {sub, [options]() {
                pipeline::sk_collect_request request;
                request.format = &pipeline::output_format(options->output, pipeline::sk_collect_formats());
                request.documents = pipeline::file_sources(options->files);
                request.provenance = !options->no_provenance;
                request.before_document = [&](std::size_t i) {
                    std::cerr << tr("[{0}/{1}] läser {2}", "[{0}/{1}] reading {2}",
                                    {std::to_string(i + 1), std::to_string(options->files.size()), options->files[i]})
                                     .text()
                              << '\n';
                };
                pipeline::sk_collect_result result = pipeline::collect_sk_documents(request);
                write_output_file(options->output, result.bytes, options->files);
                print_summary(result.summary, *options);
                return result.summary.has_errors ? exit_findings : exit_ok;
            }};
}

}  // namespace mk::cli
