// The malkedja command line: parses arguments, runs one command, turns errors into exit status 2.
#include <malloc.h>

#include <iostream>
#include <string_view>

#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/cli/texts.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

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

}  // namespace

int main(int argc, char** argv) {
    // No fast bins in glibc's allocator: freeing a model's millions of small strings then leaves no
    // fast-bin chunks to merge at the next large allocation (malloc_consolidate), 3 to 5 % of
    // `import` and `export` of 1 M cells (bench/README.md); `cells` is unchanged.
    mallopt(M_MXFAST, 0);
    mk::set_language(language_from_arguments(argc, argv));
    CLI::App app(mk::tr("malkedja: läser, kontrollerar och skriver skolans målkedja (uppföljningar, "
                        "arbetsplaner och SK-dokument).",
                        "malkedja: reads, checks and writes the school goal chain (follow-ups, work plans "
                        "and SK documents).")
                     .text(),
                 "malkedja");
    app.formatter(std::make_shared<mk::cli::help_formatter>());
    app.option_defaults()->group(mk::tr("Flaggor", "Options").text());
    app.set_help_flag("-h,--help", mk::tr("visa den här hjälpen", "show this help").text());
    app.require_subcommand(1);
    app.fallthrough();
    std::string lang = "sv";
    app.add_option("--lang", lang,
                   mk::tr("språk för meddelanden: sv eller en", "language of messages: sv or en").text())
        ->type_name(mk::cli::alternatives_name({"sv", "en"}))
        ->check(mk::cli::one_of({"sv", "en"}));
    std::uint64_t memory_mib = 0;
    app.add_option("--max-minne-mb", memory_mib,
                   mk::tr("mest minne som läsningen av en fil får använda (MiB; standard {0} MiB eller {1} gånger "
                          "filens storlek om det är mer): för stora, äkta filer",
                          "most memory reading one file may use (MiB; default {0} MiB or {1} times the file's size "
                          "if that is more): for large, genuine files",
                          {std::to_string(mk::default_memory_floor >> 20), std::to_string(mk::default_memory_factor)})
                       .text())
        ->type_name(mk::cli::value_name::number())
        ->check(mk::cli::in_range(64, 1 << 20));

    std::vector<mk::cli::command> commands;
    commands.push_back(mk::cli::add_cells_command(app));
    commands.push_back(mk::cli::add_blocks_command(app));
    commands.push_back(mk::cli::add_import_command(app));
    commands.push_back(mk::cli::add_check_command(app));
    commands.push_back(mk::cli::add_export_command(app));
    commands.push_back(mk::cli::add_diff_command(app));
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
        std::cerr << mk::tr("fel: {0} (se {1} --help)", "error: {0} (see {1} --help)",
                            {mk::cli::parse_error_text(e, app).text(), mk::cli::command_path(app)})
                         .text()
                  << '\n';
        return mk::cli::exit_unusable;
    }
    if (memory_mib) mk::set_memory_limit(memory_mib << 20);
    try {
        for (auto& c : commands)
            if (c.app->parsed()) return c.run();
    } catch (const mk::error& e) {
        std::cerr << mk::tr("fel: ", "error: ").text() << e.what() << '\n';
        return mk::cli::exit_unusable;
    } catch (const std::bad_alloc&) {
        std::cerr << mk::tr("fel: ", "error: ").text() << mk::out_of_memory_text().text() << '\n';
        return mk::cli::exit_unusable;
    } catch (const std::exception& e) {
        std::cerr << mk::tr("fel: internt fel: {0}", "error: internal error: {0}", {e.what()}).text() << '\n';
        return mk::cli::exit_unusable;
    }
    return mk::cli::exit_unusable;
}
