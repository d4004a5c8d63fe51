// `malkedja sk collect`.
#include "src/cli/sk_commands.hpp"
#include "src/core/error.hpp"

namespace mk::cli {

command add_sk_collect_command(CLI::App& sk) {
    CLI::App* sub = sk.add_subcommand("collect", tr("inte klart", "not done").text());
    return {sub, []() -> int { throw error("todo", tr("inte klart", "not done")); }};
}

}  // namespace mk::cli
