// `malkedja blocks FILE`: the blocks of a text document as the readers see them (format in
// src/container/document_dump.cpp).
#include <string>

#include "converters/registry.hpp"
#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/cli/spooled_stdout.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::cli {

command add_blocks_command(CLI::App& app) {
    auto file = std::make_shared<std::string>();
    CLI::App* sub = app.add_subcommand(
        "blocks", tr("skriv ut ett textdokuments ({0}) rubriker, stycken, listor och tabeller, ett block per rad, "
                     "med fotnoter, slutnoter, kommentarer, textrutor, diagram, bilder och inbäddade objekt under "
                     "sitt stycke",
                     "print the headings, paragraphs, lists and tables of a text document ({0}), one block a line, "
                     "with footnotes, endnotes, comments, text boxes, charts, pictures and embedded objects under "
                     "their paragraph",
                     {readable_extensions(format_kind::document)})
                      .text());
    sub->add_option(value_name::file(), *file, tr("dokumentet som ska läsas", "the document to read").text())
        ->type_name("")
        ->required();
    return {sub, [file]() {
                try {
                    std::string bytes = read_input_file(*file);
                    load_budget budget(bytes);
                    // The body is dumped block by block as it is read, held back until the whole
                    // file has been read: a file found unusable half-way prints nothing.
                    spooled_stdout out;
                    std::string lines;
                    document rest = read_document(bytes, [&](block&& b) {
                        lines.clear();
                        dump_block(b, lines);
                        out.append(lines);
                    });
                    lines.clear();
                    dump_page_texts(rest, lines);
                    out.append(lines);
                    out.release();
                    return exit_ok;
                } catch (const error& e) {
                    throw e.with_context(*file);
                }
            }};
}

}  // namespace mk::cli
