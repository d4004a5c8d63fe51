// --statusord FILE, shared by the commands that read follow-ups.
#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/core/message.hpp"

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

}  // namespace mk::cli
