// `malkedja sk generate|collect`: the SK documents per school.
#include "src/cli/command.hpp"
#include "src/cli/sk_commands.hpp"
#include "src/core/message.hpp"

namespace mk::cli {

command add_sk_command(CLI::App& app) {
    CLI::App* sub = app.add_subcommand(
        "sk", tr("SK-dokument per skola: förifyll från kommunens mall (generate) och läs in ifyllda (collect)",
                 "SK documents per school: pre-fill from the municipality's template (generate) and read filled ones "
                 "(collect)")
                  .text());
    sub->require_subcommand(1);
    std::vector<command> parts{add_sk_generate_command(*sub), add_sk_collect_command(*sub)};
    for (auto& part : parts) part.app->set_help_flag("-h,--help", tr("visa den här hjälpen", "show this help").text());
    return {sub, [parts]() {
                for (const auto& part : parts)
                    if (part.app->parsed()) return part.run();
                return exit_unusable;
            }};
}

}  // namespace mk::cli
