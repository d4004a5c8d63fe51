// `malkedja blocks FILE`: the blocks of a text document as the readers see them (format in
// src/container/document_dump.cpp).
#include <iostream>

#include "converters/registry.hpp"
#include "src/cli/command.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

namespace mk::cli {

command add_blocks_command(CLI::App& app) {
    auto file = std::make_shared<std::string>();
    CLI::App* sub = app.add_subcommand(
        "blocks", tr("skriv ut ett textdokuments (.docx, .odt) rubriker, stycken, listor och tabeller, ett block "
                     "per rad",
                     "print the headings, paragraphs, lists and tables of a text document (.docx, .odt), one "
                     "block a line")
                      .text());
    sub->add_option("FILE", *file, tr("dokumentet som ska läsas", "the document to read").text())->required();
    return {sub, [file]() {
                try {
                    std::cout << dump_document(read_document(read_input_file(*file)));
                    return exit_ok;
                } catch (const error& e) {
                    throw e.with_context(*file);
                }
            }};
}

}  // namespace mk::cli
