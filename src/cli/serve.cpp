// `malkedja serve [--port N]`: the local web page (src/serve/).
#include <array>
#include <iostream>

#include "src/cli/command.hpp"
#include "src/core/message.hpp"
#include "src/serve/server.hpp"

namespace mk::cli {

command add_serve_command(CLI::App& app) {
    auto options = std::make_shared<serve::options>();
    auto mib = std::make_shared<std::array<std::uint64_t, 4>>();
    CLI::App* sub = app.add_subcommand(
        "serve", tr("starta en webbsida på den här datorn (127.0.0.1) där filer släpps och rapporter och "
                    "SK-dokument laddas ner",
                    "start a web page on this computer (127.0.0.1) where files are dropped and reports and SK "
                    "documents downloaded")
                     .text());
    sub->add_option("--port", options->port,
                    tr("porten på 127.0.0.1 (standard 8765; 0 tar en ledig)", "the port on 127.0.0.1 (default 8765; 0 takes a free one)")
                        .text())
        ->check(CLI::Range(0, 65535));
    sub->add_flag("--no-browser", tr("öppna inte webbläsaren", "do not open the browser").text());
    const std::string limits = tr("Gränser", "Limits").text();
    auto& l = options->limits;
    (*mib) = {l.file_size / serve::mebibyte, l.request_size / serve::mebibyte, l.tab_size / serve::mebibyte,
              l.total_size / serve::mebibyte};
    sub->add_option("--max-file-mb", (*mib)[0], tr("största fil (MiB)", "largest file (MiB)").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 1024));
    sub->add_option("--max-request-mb", (*mib)[1], tr("största uppladdning åt gången (MiB)", "largest upload at a time (MiB)").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 4096));
    sub->add_option("--max-tab-mb", (*mib)[2], tr("mest uppladdat per flik (MiB)", "most uploaded per tab (MiB)").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 65536));
    sub->add_option("--max-total-mb", (*mib)[3], tr("mest uppladdat i alla flikar (MiB)", "most uploaded in all tabs (MiB)").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 262144));
    sub->add_option("--max-files", l.files_per_request, tr("flest filer åt gången", "most files at a time").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 100000));
    sub->add_option("--max-tab-files", l.tab_files, tr("flest filer per flik", "most files per tab").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 100000));
    sub->add_option("--max-tabs", l.tabs, tr("flest flikar samtidigt", "most tabs at once").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 1000));
    sub->add_option("--max-queue", l.queued_jobs, tr("flest arbeten i kö", "most jobs queued").text())
        ->capture_default_str()
        ->group(limits)->check(CLI::Range(1, 1000));
    return {sub, [options, mib, sub]() {
                options->port_given = sub->count("--port") > 0;
                options->open_browser = sub->count("--no-browser") == 0;
                auto& lim = options->limits;
                lim.file_size = (*mib)[0] * serve::mebibyte;
                lim.request_size = (*mib)[1] * serve::mebibyte;
                lim.tab_size = (*mib)[2] * serve::mebibyte;
                lim.total_size = (*mib)[3] * serve::mebibyte;
                return serve::run(*options, std::cout);
            }};
}

}  // namespace mk::cli
