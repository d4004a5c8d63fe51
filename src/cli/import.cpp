// `malkedja import FILE... -o OUT.xml`: any supported inputs → one normalized XML document.
#include <iostream>
#include <map>
#include <sstream>

#include "src/check/rule.hpp"
#include "src/cli/command.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/model/names.hpp"
#include "src/normalized/write.hpp"
#include "src/pipeline/load.hpp"
#include "src/pipeline/status_summary.hpp"

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
};

std::string level_label(model::level level) {
    switch (level) {
        case model::level::kf: return tr("KF", "council").text();
        case model::level::namnd: return tr("nämnd", "board").text();
        case model::level::forvaltning: return tr("förvaltning", "administration").text();
        case model::level::enhet: return tr("enhet", "unit").text();
        case model::level::medarbetare: return tr("medarbetare", "staff").text();
    }
    return {};
}

// "8 KF, 18 nämnd" from counts in enum order.
template <class E>
std::string joined_counts(const std::map<E, int>& counts, std::string (*label)(E)) {
    std::string out;
    for (const auto& [value, count] : counts) out += (out.empty() ? "" : ", ") + std::to_string(count) + " " + label(value);
    return out.empty() ? "0" : out;
}

// What import reports on stderr once its output is written.
std::string summary(const pipeline::loaded& result, const import_options& options) {
    std::ostringstream out;
    const auto& doc = result.doc;
    std::map<model::level, int> goals;
    for (const auto& g : doc.goals) ++goals[g.level];
    std::map<std::string, int> skipped;
    for (const auto& s : result.skipped) ++skipped[recognize::describe(s.reason)];
    std::string skipped_text;
    for (const auto& [reason, count] : skipped)
        skipped_text += (skipped_text.empty() ? "" : ", ") + std::to_string(count) + " " + reason;
    out << tr("{0} fil(er) importerade till {1}", "{0} file(s) imported into {1}",
                    {std::to_string(options.files.size()), options.output})
                     .text()
              << '\n'
              << tr("  mål: {0}", "  goals: {0}", {joined_counts(goals, &level_label)}).text() << '\n'
              << tr("  aktiviteter: {0}", "  activities: {0}", {std::to_string(doc.activities.size())}).text() << '\n'
              << tr("  status vid senaste kontrollpunkt: {0}", "  status at the latest checkpoint: {0}",
                    {pipeline::latest_status_counts(doc)})
                     .text()
              << '\n'
              << tr("  överhoppade rader: {0}{1}", "  rows skipped: {0}{1}",
                    {std::to_string(result.skipped.size()), skipped_text.empty() ? "" : " (" + skipped_text + ")"})
                     .text()
              << '\n';
    for (const std::string& line : pipeline::status_notes(result)) out << "  " << line << '\n';
    if (options.check) {
        int counts[3] = {0, 0, 0};
        for (const auto& f : doc.findings) ++counts[static_cast<int>(f.severity)];
        out << tr("  fynd: {0} fel, {1} varningar, {2} info (se malkedja check)",
                        "  findings: {0} errors, {1} warnings, {2} info (see malkedja check)",
                        {std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2])})
                         .text()
                  << '\n';
    }
    for (const auto& g : result.guesses)
        out << tr("  gissning: \"{0}\" kopplat till \"{1}\" ({2} % lika)", "  guess: \"{0}\" linked to \"{1}\" ({2} % alike)",
                        {g.text, g.linked_to, std::to_string(static_cast<int>(g.score * 100 + 0.5))})
                         .text()
                  << '\n';
    if (!options.verbose) return out.str();
    for (const auto& s : result.skipped)
        out << "    " << s.sheet << "!A" << s.row + 1 << ": " << recognize::describe(s.reason)
                  << (s.text.empty() ? "" : " \"" + s.text.substr(0, 60) + "\"") << '\n';
    return out.str();
}

}  // namespace

command add_import_command(CLI::App& app) {
    auto options = std::make_shared<import_options>();
    CLI::App* sub = app.add_subcommand(
        "import", tr("läs uppföljningar (.xlsx, .ods, .csv) och normaliserad XML till en normaliserad XML-fil",
                     "read follow-ups (.xlsx, .ods, .csv) and normalized XML into one normalized XML file")
                      .text());
    sub->add_option("FILE", options->files, tr("filerna som ska läsas", "the files to read").text())->required();
    sub->add_option("-o,--output", options->output, tr("XML-filen som skrivs", "the XML file to write").text())
        ->required();
    sub->add_flag("--no-provenance", options->no_provenance,
                  tr("utelämna källhänvisningar (filnamn, blad, celler): samma innehåll ger samma bytes",
                     "leave out source references (file names, sheets, cells): the same content gives the same "
                     "bytes")
                      .text());
    sub->add_option("--year", options->year, tr("året som dokumentet gäller", "the year the document covers").text())
        ->check(CLI::Range(1990, 2099));
    sub->add_option("--kommun", options->kommun, tr("kommunens namn", "the municipality's name").text());
    sub->add_option("--namnd", options->namnd, tr("nämndens namn", "the board's name").text());
    add_status_words_option(*sub, options->status_words);
    sub->add_flag("--verbose", options->verbose,
                  tr("lista varje överhoppad rad med sin cell", "list every skipped row with its cell").text());
    sub->add_flag("--check", options->check,
                  tr("kör reglerna (som malkedja check, per dokumentets rapportdatum) och skriv fynden i XML-filen",
                     "run the rules (as malkedja check, as of the document's report date) and write the findings "
                     "into the XML file")
                      .text());
    return {sub, [options]() {
                pipeline::load_options load;
                if (options->year) load.year = options->year;
                load.kommun = options->kommun;
                load.namnd = options->namnd;
                load.status_words = options->status_words;
                pipeline::loaded result = pipeline::load_inputs(options->files, load);
                if (options->check)
                    result.doc.findings = check::run_all({result.doc, nullptr, result.doc.metadata.as_of});
                normalized::write_options write;
                write.provenance = !options->no_provenance;
                std::string report = summary(result, *options);
                std::string xml = normalized::write_normalized(std::move(result.doc), write);
                write_output_file(options->output, xml, options->files);
                std::cerr << report;
                return exit_ok;
            }};
}

}  // namespace mk::cli
