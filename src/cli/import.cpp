// `malkedja import FILE... -o OUT.xml`: any supported inputs → one normalized XML document.
#include <iostream>
#include <map>
#include <sstream>

#include "src/check/location.hpp"
#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/core/file_io.hpp"
#include "src/core/let_go.hpp"
#include "src/pipeline/import.hpp"
#include "src/pipeline/option_values.hpp"
#include "src/pipeline/outputs.hpp"
#include "src/pipeline/summary.hpp"
#include "src/report/level_names.hpp"
#include "src/text/utf8.hpp"

namespace mk::cli {
namespace {

struct import_options {
    std::vector<std::string> files;
    std::string output;
    bool no_provenance = false;
    bool verbose = false;
    bool check = false;
    int year = 0;
    std::string kommun;
    std::string namnd;
    std::string status_words;
    recognize::unit_rule units;
};

// "8 KF, 18 nämnd" from counts in enum order.
template <class E>
std::string joined_counts(const std::map<E, int>& counts, std::string (*label)(E)) {
    std::string out;
    for (const auto& [value, count] : counts)
        out += (out.empty() ? "" : ", ") + std::to_string(count) + " " + label(value);
    return out.empty() ? "0" : out;
}

// What import reports on stderr once its output is written.
std::string summary_text(const pipeline::import_summary& summary, const import_options& options) {
    std::ostringstream out;
    std::string skipped_text;
    for (const auto& [reason, count] : summary.skipped_by_reason)
        skipped_text += (skipped_text.empty() ? "" : ", ") + std::to_string(count) + " " + reason;
    out << tr("{0} fil(er) importerade till {1}", "{0} file(s) imported into {1}",
              {std::to_string(summary.files), options.output})
               .text()
        << '\n'
        << tr("  mål: {0}", "  goals: {0}", {joined_counts(summary.goals, &report::level_short_name)}).text() << '\n'
        << tr("  aktiviteter: {0}", "  activities: {0}", {std::to_string(summary.activities)}).text() << '\n'
        << (summary.indicators == 0 ? ""
                                    : tr("  indikatorer: {0} med {1} utfall; {2} når målvärdet, {3} gör det inte\n",
                                         "  indicators: {0} with {1} outcomes; {2} meet the target, {3} do not\n",
                                         {std::to_string(summary.indicators), std::to_string(summary.outcomes),
                                          std::to_string(summary.met), std::to_string(summary.not_met)})
                                          .text())
        << tr("  status vid senaste kontrollpunkt: {0}", "  status at the latest checkpoint: {0}",
              {summary.latest_status_text})
               .text()
        << '\n'
        << tr("  överhoppade rader: {0}{1}", "  rows skipped: {0}{1}",
              {std::to_string(summary.skipped.size()), skipped_text.empty() ? "" : " (" + skipped_text + ")"})
               .text()
        << '\n';
    for (const recognize::cell_accounting& c : summary.cells)
        out << tr("  celler i {0}: {1} använda, {2} sparade som extra fält, {3} metadata, {4} överhoppade (av {5})",
                  "  cells of {0}: {1} used, {2} kept as extra fields, {3} metadata, {4} skipped (of {5})",
                  {c.file, std::to_string(c.used), std::to_string(c.kept), std::to_string(c.metadata),
                   std::to_string(c.skipped.size()), std::to_string(c.total())})
                   .text()
            << '\n';
    if (!summary.document_notes.empty())
        out << tr("  text i dokument sparad som anteckningar (ingen annan plats i målkedjan), stycken och celler: {0}",
                  "  text of documents kept as notes (no other place in the goal chain), paragraphs and cells: {0}",
                  {std::to_string(summary.document_notes.size())})
                   .text()
            << '\n';
    for (const std::string& line : summary.status_notes) out << "  " << line << '\n';
    for (const std::string& line : summary.assumptions)
        out << tr("  antaget: {0}", "  assumed: {0}", {line}).text() << '\n';
    if (options.check)
        out << tr("  fynd: {0} (se malkedja check)", "  findings: {0} (see malkedja check)",
                  {pipeline::severity_counts_text(summary.findings)})
                   .text()
            << '\n';
    for (const auto& g : summary.guesses)
        out << tr("  gissning: \"{0}\" kopplat till \"{1}\" ({2} % lika)",
                  "  guess: \"{0}\" linked to \"{1}\" ({2} % alike)",
                  {g.text, g.linked_to, std::to_string(static_cast<int>(g.score * 100 + 0.5))})
                   .text()
            << '\n';
    if (!options.verbose) return out.str();
    for (const auto& s : summary.skipped)
        out << "    " << recognize::place_of(s) << ": " << recognize::describe(s.reason)
            << (s.text.empty() ? "" : " \"" + text::first_characters(s.text, 60) + "\"") << '\n';
    for (const model::statement& n : summary.document_notes)
        out << "    " << n.source->file.str() << ": " << check::format_location(*n.source) << ": "
            << tr("sparad som anteckning", "kept as a note").text() << " \"" << text::first_characters(n.text, 60)
            << "\"\n";
    for (const recognize::cell_accounting& c : summary.cells)
        for (const recognize::skipped_cell& s : c.skipped)
            out << "    " << s.sheet << "!" << format_a1(s.row, s.col) << ": "
                << tr("överhoppad cell, {0}", "cell skipped, {0}", {recognize::describe(s.cause)}).text() << " \""
                << text::first_characters(s.text, 60) << "\"\n";
    return out.str();
}

}  // namespace

command add_import_command(CLI::App& app) {
    auto options = std::make_shared<import_options>();
    CLI::App* sub = app.add_subcommand(
        "import", tr("läs uppföljningar ({0}), arbetsplaner och SK-dokument ({1}) och normaliserad XML till en "
                     "normaliserad XML-fil",
                     "read follow-ups ({0}), work plans and SK documents ({1}) and normalized XML into one normalized "
                     "XML file",
                     {readable_extensions(format_kind::workbook), readable_extensions(format_kind::document)})
                      .text());
    sub->add_option(value_name::file(), options->files, tr("filerna som ska läsas", "the files to read").text())
        ->type_name("")
        ->required();
    auto formats = pipeline::import_formats();
    sub->add_option("-o,--output", options->output,
                    tr("XML-filen som skrivs ({0})", "the XML file to write ({0})", {extension_list(formats)}).text())
        ->type_name(value_name::file())
        ->check(output_file(formats))
        ->required();
    sub->add_flag("--no-provenance", options->no_provenance,
                  tr("utelämna källhänvisningar (filnamn, blad, celler): samma innehåll ger samma bytes",
                     "leave out source references (file names, sheets, cells): the same content gives the same "
                     "bytes")
                      .text());
    sub->add_option("--year", options->year, tr("året som dokumentet gäller", "the year the document covers").text())
        ->type_name(value_name::year())
        ->check(checked(pipeline::year_problem));
    sub->add_option("--kommun", options->kommun, tr("kommunens namn", "the municipality's name").text())
        ->type_name(value_name::name());
    sub->add_option("--namnd", options->namnd, tr("nämndens namn", "the board's name").text())
        ->type_name(value_name::name());
    add_status_words_option(*sub, options->status_words);
    add_unit_rule_option(*sub, options->units);
    sub->add_flag(
        "--verbose", options->verbose,
        tr("lista varje överhoppad rad och cell med sin plats", "list every skipped row and cell with its place")
            .text());
    sub->add_flag("--check", options->check,
                  tr("kör reglerna (som malkedja check, per dokumentets rapportdatum) och skriv fynden i XML-filen",
                     "run the rules (as malkedja check, as of the document's report date) and write the findings "
                     "into the XML file")
                      .text());
    return {sub, [options]() {
                keep_until_exit(true);  // the process ends after this one command
                pipeline::import_request request;
                request.inputs = pipeline::file_sources(options->files);
                if (options->year) request.load.year = options->year;
                request.load.kommun = options->kommun;
                request.load.namnd = options->namnd;
                request.load.status_words = options->status_words;
                request.load.units = options->units;
                request.check = options->check;
                request.provenance = !options->no_provenance;
                std::vector<warning> warnings;
                request.load.warnings = &warnings;
                // The XML goes to the output file as it is written; a failure removes it.
                output_file_writer out(check_output_file(options->output, options->files));
                pipeline::import_summary summary =
                    pipeline::import_inputs(request, [&](std::string_view piece) { out.write(piece); });
                out.commit();
                print_warnings(warnings);
                std::cerr << summary_text(summary, *options);
                return exit_ok;
            }};
}

}  // namespace mk::cli
