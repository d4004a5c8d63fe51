#pragma once
// What each command file gives the command line: a subcommand and the function that runs it.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "src/core/warning.hpp"
#include "src/recognize/follow_up.hpp"

namespace mk::cli {

// Exit statuses, documented in the README.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_unusable = 2;

struct command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

// Prints each warning as one line on stderr: "varning: FILE: …".
void print_warnings(const std::vector<warning>& warnings);

// Adds --statusord FILE (the user's own status words) to a command that reads follow-ups.
void add_status_words_option(CLI::App& command, std::string& file);

// --enhet fil|blad|kolumn:RUBRIK, for the commands that read follow-ups: where each row's unit comes from.
void add_unit_rule_option(CLI::App& command, recognize::unit_rule& rule);

// Each adds its subcommand to app and returns how to run it.
command add_cells_command(CLI::App& app);
command add_blocks_command(CLI::App& app);
command add_import_command(CLI::App& app);
command add_check_command(CLI::App& app);
command add_export_command(CLI::App& app);
command add_diff_command(CLI::App& app);
command add_sk_command(CLI::App& app);
command add_serve_command(CLI::App& app);

}  // namespace mk::cli
