// The malkedja command line: parses arguments, runs one command, turns errors into exit status 2.
#include <iostream>
#include <string_view>

#include "src/cli/command.hpp"
#include "src/core/error.hpp"

namespace {

// The language must be known before parsing, since --help is printed while parsing.
mk::language language_from_arguments(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--lang=en" || (arg == "--lang" && i + 1 < argc && std::string_view(argv[i + 1]) == "en"))
            return mk::language::en;
    }
    return mk::language::sv;
}

void set_help_labels(CLI::App& app) {
    if (mk::current_language() == mk::language::en) return;
    auto formatter = app.get_formatter();
    formatter->label("Usage", "Användning");
    formatter->label("OPTIONS", "FLAGGOR");
    formatter->label("SUBCOMMAND", "KOMMANDO");
    formatter->label("SUBCOMMANDS", "KOMMANDON");
    formatter->label("POSITIONALS", "ARGUMENT");
    formatter->label("Options", "Flaggor");
    formatter->label("Positionals", "Argument");
    formatter->label("Subcommands", "Kommandon");
    formatter->label("REQUIRED", "KRÄVS");
    formatter->label("TEXT", "TEXT");
    formatter->label("TEXT:FILE", "FIL");
    formatter->label("Excludes", "Utesluter");
    formatter->label("Needs", "Kräver");
}

}  // namespace

int main(int argc, char** argv) {
    mk::set_language(language_from_arguments(argc, argv));
    CLI::App app(mk::tr("malkedja: läser, kontrollerar och skriver skolans målkedja (uppföljningar, "
                        "arbetsplaner och SK-dokument).",
                        "malkedja: reads, checks and writes the school goal chain (follow-ups, work plans "
                        "and SK documents).")
                     .text(),
                 "malkedja");
    set_help_labels(app);
    app.option_defaults()->group(mk::tr("Flaggor", "Options").text());
    app.set_help_flag("-h,--help", mk::tr("visa den här hjälpen", "show this help").text());
    app.require_subcommand(1);
    app.fallthrough();
    std::string lang = "sv";
    app.add_option("--lang", lang, mk::tr("språk för meddelanden: sv eller en", "language of messages: sv or en").text())
        ->check(CLI::IsMember({"sv", "en"}));

    std::vector<mk::cli::command> commands;
    commands.push_back(mk::cli::add_cells_command(app));
    commands.push_back(mk::cli::add_blocks_command(app));
    commands.push_back(mk::cli::add_import_command(app));
    commands.push_back(mk::cli::add_check_command(app));
    commands.push_back(mk::cli::add_export_command(app));
    commands.push_back(mk::cli::add_sk_command(app));
    commands.push_back(mk::cli::add_serve_command(app));
    for (auto& c : commands) {
        c.app->set_help_flag("-h,--help", mk::tr("visa den här hjälpen", "show this help").text());
        c.app->group(mk::tr("Kommandon", "Commands").text());
        for (CLI::App* part : c.app->get_subcommands({})) part->group(mk::tr("Kommandon", "Commands").text());
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << mk::tr("fel: ogiltiga argument: {0} (se malkedja --help)",
                            "error: invalid arguments: {0} (see malkedja --help)", {e.what()})
                         .text()
                  << '\n';
        return mk::cli::exit_unusable;
    }
    try {
        for (auto& c : commands)
            if (c.app->parsed()) return c.run();
    } catch (const mk::error& e) {
        std::cerr << mk::tr("fel: ", "error: ").text() << e.what() << '\n';
        return mk::cli::exit_unusable;
    } catch (const std::bad_alloc&) {
        std::cerr << mk::tr("fel: minnet tog slut", "error: out of memory").text() << '\n';
        return mk::cli::exit_unusable;
    } catch (const std::exception& e) {
        std::cerr << mk::tr("fel: internt fel: {0}", "error: internal error: {0}", {e.what()}).text() << '\n';
        return mk::cli::exit_unusable;
    }
    return mk::cli::exit_unusable;
}
