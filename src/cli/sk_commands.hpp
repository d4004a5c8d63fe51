#pragma once
// The parts of `malkedja sk`.
#include "src/cli/command.hpp"

namespace mk::cli {

// `sk generate`: one pre-filled SK document per school (src/cli/sk_generate.cpp).
command add_sk_generate_command(CLI::App& sk);
// `sk collect`: filled SK documents → normalized XML or a workbook for the nämnd (src/cli/sk_collect.cpp).
command add_sk_collect_command(CLI::App& sk);

}  // namespace mk::cli
