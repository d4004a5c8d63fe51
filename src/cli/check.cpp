// `malkedja check IN...`: the consistency rules over any inputs, as text, JSON or CSV.
#include <iostream>

#include <nlohmann/json.hpp>

#include "converters/csv/write.hpp"
#include "src/check/location.hpp"
#include "src/check/rule.hpp"
#include "src/cli/command.hpp"
#include "src/core/error.hpp"
#include "src/model/names.hpp"
#include "src/pipeline/load.hpp"

namespace mk::cli {
namespace {

struct check_options {
    std::vector<std::string> files;
    std::string chain;
    std::string as_of;
    std::string format = "text";
    std::string status_words;
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
        std::cout << r.id << '\t' << model::name_of(r.severity) << '\t' << r.description.text() << '\n';
}

void print_text(const check::findings& found) {
    int counts[3] = {0, 0, 0};
    for (const model::finding& f : found) {
        ++counts[static_cast<int>(f.severity)];
        std::string place = check::format_location(f.location);
        std::cout << severity_label(f.severity) << ' ' << f.rule << ' '
                  << (f.location.file.empty() ? "-" : f.location.file) << (place.empty() ? "" : ": " + place) << ": "
                  << f.message << (f.suggestion.empty() ? "" : " (" + f.suggestion + ")") << '\n';
    }
    std::cout << tr("{0} fynd: {1} fel, {2} varningar, {3} info", "{0} findings: {1} errors, {2} warnings, {3} info",
                    {std::to_string(found.size()), std::to_string(counts[0]), std::to_string(counts[1]),
                     std::to_string(counts[2])})
                     .text()
              << '\n';
}

void print_json(const check::findings& found) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const model::finding& f : found)
        list.push_back({{"rule", f.rule},
                        {"severity", model::name_of(f.severity)},
                        {"file", f.location.file},
                        {"location", check::format_location(f.location)},
                        {"message", f.message},
                        {"suggestion", f.suggestion}});
    std::cout << nlohmann::ordered_json{{"findings", list}}.dump(2) << '\n';
}

void print_csv(const check::findings& found) {
    std::vector<std::vector<std::string>> rows{{"rule", "severity", "file", "location", "message", "suggestion"}};
    for (const model::finding& f : found)
        rows.push_back({f.rule, std::string(model::name_of(f.severity)), f.location.file,
                        check::format_location(f.location), f.message, f.suggestion});
    std::cout << write_csv_rows(rows);
}

}  // namespace

command add_check_command(CLI::App& app) {
    auto options = std::make_shared<check_options>();
    CLI::App* sub = app.add_subcommand(
        "check", tr("kontrollera uppföljningar och målkedjor mot reglerna (se --rules)",
                    "check follow-ups and goal chains against the rules (see --rules)")
                     .text());
    sub->add_option("FILE", options->files, tr("filerna som ska kontrolleras", "the files to check").text());
    sub->add_option("--chain", options->chain,
                    tr("målkedjan att kontrollera mot (normaliserad XML eller annan fil)",
                       "the goal chain to check against (normalized XML or any other input)")
                        .text());
    sub->add_option("--as-of", options->as_of, tr("referensdatum ÅÅÅÅ-MM-DD", "reference date YYYY-MM-DD").text())
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-';
                return ok ? "" : tr("ange datumet som ÅÅÅÅ-MM-DD", "give the date as YYYY-MM-DD").text();
            },
            "YYYY-MM-DD"));
    sub->add_option("--format", options->format, tr("utdata: text, json eller csv", "output: text, json or csv").text())
        ->check(CLI::IsMember({"text", "json", "csv"}));
    add_status_words_option(*sub, options->status_words);
    sub->add_flag("--rules", options->rules, tr("lista reglerna", "list the rules").text());
    return {sub, [options]() {
                if (options->rules) {
                    print_rules();
                    return exit_ok;
                }
                if (options->files.empty())
                    throw error("check.no_input", tr("ange minst en fil att kontrollera", "give at least one file to check"));
                pipeline::load_options load;
                load.status_words = options->status_words;
                pipeline::loaded input = pipeline::load_inputs(options->files, load);
                std::optional<pipeline::loaded> chain;
                if (!options->chain.empty()) chain = pipeline::load_inputs({options->chain}, load);
                check::context ctx{input.doc, chain ? &chain->doc : nullptr,
                                   options->as_of.empty() ? input.doc.metadata.as_of : options->as_of};
                check::findings found = check::run_all(ctx);
                if (options->format == "json")
                    print_json(found);
                else if (options->format == "csv")
                    print_csv(found);
                else
                    print_text(found);
                for (const model::finding& f : found)
                    if (f.severity == model::severity::fel) return exit_findings;
                return exit_ok;
            }};
}

}  // namespace mk::cli
