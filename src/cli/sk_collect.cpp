// `malkedja sk collect FILES... -o OUT.xml|.xlsx|.ods|.html`: filled SK documents → one model, checked.
#include <iostream>

#include "converters/registry.hpp"
#include "src/check/rule.hpp"
#include "src/cli/sk_commands.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/normalized/write.hpp"
#include "src/pipeline/load.hpp"
#include "src/report/sk_workbook.hpp"
#include "src/text/ascii.hpp"

namespace mk::cli {
namespace {

struct collect_options {
    std::vector<std::string> files;
    std::string output;
    bool no_provenance = false;
};

std::string output_bytes(const model::document& doc, const collect_options& options) {
    if (text::ascii_lower(options.output).ends_with(".xml")) return normalized::write_normalized(doc, {.provenance = !options.no_provenance});
    auto format = output_format_for(options.output);
    if (format == output_format::xlsx || format == output_format::ods)
        return write_workbook(report::sk_workbook(doc), *format);
    if (format == output_format::html) return write_document(report::sk_document(report::sk_workbook(doc)), *format);
    throw error("sk.output_format", tr("utfilen \"{0}\" måste sluta på .xml, .xlsx, .ods eller .html",
                                       "the output file \"{0}\" must end in .xml, .xlsx, .ods or .html", {options.output}));
}

void print_summary(const model::document& doc, const collect_options& options) {
    std::size_t goals = 0, values = 0, answers = 0;
    for (const auto& r : doc.sk_reports) {
        goals += r.analysed_goals.size() + r.planned_goals.size();
        values += r.results.size() + r.history.size() + r.national_tests.size() + r.survey.size();
        answers += r.answers.size();
    }
    int counts[3] = {0, 0, 0};
    for (const auto& f : doc.findings) ++counts[static_cast<int>(f.severity)];
    std::cerr << tr("{0} SK-dokument insamlade till {1}: {2} mål, {3} värderader, {4} svar",
                    "{0} SK documents collected into {1}: {2} goals, {3} value rows, {4} answers",
                    {std::to_string(doc.sk_reports.size()), options.output, std::to_string(goals),
                     std::to_string(values), std::to_string(answers)})
                     .text()
              << '\n'
              << tr("  fynd: {0} fel, {1} varningar, {2} info (se malkedja check)",
                    "  findings: {0} errors, {1} warnings, {2} info (see malkedja check)",
                    {std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2])})
                     .text()
              << '\n';
}

}  // namespace

command add_sk_collect_command(CLI::App& sk) {
    auto options = std::make_shared<collect_options>();
    CLI::App* sub = sk.add_subcommand(
        "collect", tr("läs ifyllda SK-dokument (.docx, .odt) till normaliserad XML eller en arbetsbok för nämnden",
                      "read filled SK documents (.docx, .odt) into normalized XML or a workbook for the nämnd")
                       .text());
    sub->add_option("FILE", options->files, tr("SK-dokumenten", "the SK documents").text())->required();
    sub->add_option("-o,--output", options->output,
                    tr("utfilen: .xml, .xlsx, .ods eller .html", "the output file: .xml, .xlsx, .ods or .html").text())
        ->required();
    sub->add_flag("--no-provenance", options->no_provenance,
                  tr("utelämna källhänvisningar i XML-filen", "leave out source references in the XML file").text());
    return {sub, [options]() {
                for (std::size_t i = 0; i < options->files.size(); ++i)
                    std::cerr << tr("[{0}/{1}] läser {2}", "[{0}/{1}] reading {2}",
                                    {std::to_string(i + 1), std::to_string(options->files.size()), options->files[i]})
                                     .text()
                              << '\n';
                pipeline::loaded input = pipeline::load_inputs(options->files, {});
                if (input.doc.sk_reports.empty())
                    throw error("sk.no_report", tr("ingen av filerna är ett SK-dokument (rubrikerna MÅLANALYS och "
                                                   "PLANERINGSRAPPORT saknas)",
                                                   "none of the files is an SK document (the headings MÅLANALYS and "
                                                   "PLANERINGSRAPPORT are missing)"));
                input.doc.findings = check::run_all({input.doc, nullptr, input.doc.metadata.as_of});
                write_output_file(options->output, output_bytes(input.doc, *options), options->files);
                print_summary(input.doc, *options);
                for (const model::finding& f : input.doc.findings)
                    if (f.severity == model::severity::fel) return exit_findings;
                return exit_ok;
            }};
}

}  // namespace mk::cli
