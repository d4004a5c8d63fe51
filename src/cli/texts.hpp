#pragma once
// What CLI11 shows a user, in the user's language: the layout of every --help, and each parse
// error as one line naming the option and what to do.
#include <CLI/CLI.hpp>

#include <string>

#include "src/core/message.hpp"

namespace mk::cli {

// The help layout with every label in the current language; options show their value name
// (type_name), "..." when they take several values, and whether they are required. Set it on the
// top-level app before adding the commands, which inherit it.
class help_formatter : public CLI::Formatter {
public:
    help_formatter();
    std::string make_option_opts(const CLI::Option* opt) const override;
    // One option a line, its description in a column aligned by characters on screen (CLI11
    // counts bytes, which shifts every line holding å, ä or ö).
    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
};

// What went wrong in parsing, in the current language ("--output saknar sitt värde").
message parse_error_text(const CLI::ParseError& e, const CLI::App& app);

// "malkedja sk generate": the command the user was giving when parsing stopped.
std::string command_path(const CLI::App& app);

}  // namespace mk::cli
