// --statusord FILE and --enhet RULE, shared by the commands that read follow-ups.
#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/core/message.hpp"
#include "src/pipeline/option_values.hpp"

namespace mk::cli {

void add_status_words_option(CLI::App& command, std::string& file) {
    command.add_option("--statusord", file,
                       tr("egna statusord: en .csv-, .xlsx- eller .ods-fil med ord och status per rad "
                          "(Färdigställt;done); de går före teckenförklaringar och de inbyggda orden",
                          "your own status words: a .csv, .xlsx or .ods file with a word and its status per row "
                          "(Färdigställt;done); they come before legends and the built-in words")
                           .text())
        ->type_name(value_name::file());
}

void add_unit_rule_option(CLI::App& command, recognize::unit_rule& rule) {
    command
        .add_option_function<std::string>(
            "--enhet", [&rule](const std::string& text) { rule = *pipeline::parse_unit_rule(text); },
            tr("var varje rads enhet (skola, enhet) står: fil (filens namn), blad (bladets namn) eller "
               "kolumn:RUBRIK; utan den hittas en enhetskolumn (Enhet, Skola…) eller bladens eller filernas namn "
               "av sig själv, och sammanfattningen säger vad som användes",
               "where each row's unit (school, unit) is: file (the file's name), sheet (the sheet's name) or "
               "column:HEADER; without it a unit column (Enhet, Skola…) or the sheets' or files' names are found by "
               "themselves, and the summary says which was used")
                .text())
        ->type_name(tr("fil|blad|kolumn:RUBRIK", "file|sheet|column:HEADER").text())
        ->check(checked(pipeline::unit_rule_problem));
}

}  // namespace mk::cli
