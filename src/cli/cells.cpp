// `malkedja cells FILE`: every non-empty cell and merged range as the readers see them.
#include "converters/registry.hpp"
#include "src/cli/command.hpp"
#include "src/cli/option_checks.hpp"
#include "src/cli/spooled_stdout.hpp"
#include "src/container/workbook_dump.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/core/memory_budget.hpp"
#include "src/pipeline/source.hpp"

namespace mk::cli {
namespace {

struct cells_options {
    std::string file;
    std::string sheet;
    bool all_sheets = false;
};

}  // namespace

command add_cells_command(CLI::App& app) {
    auto options = std::make_shared<cells_options>();
    std::string formats = readable_extensions(format_kind::workbook);
    CLI::App* sub = app.add_subcommand(
        "cells", tr("skriv ut varje icke-tom cell i ett kalkylblad ({0}): BLAD, CELL, TYP, VÄRDE",
                    "print every non-empty cell of a spreadsheet ({0}): SHEET, CELL, TYPE, VALUE", {formats})
                     .text());
    sub->add_option(value_name::file(), options->file, tr("kalkylbladet som ska läsas", "the spreadsheet to read").text())
        ->type_name("")
        ->required();
    auto* sheet_option = sub->add_option("--sheet", options->sheet,
                                         tr("bladets namn eller nummer (1 = det första); annars det första synliga",
                                            "the sheet's name or number (1 = the first); else the first visible one")
                                             .text())
                             ->type_name(value_name::name());
    sub->add_flag("--all-sheets", options->all_sheets,
                  tr("alla blad i arbetsbokens ordning, även dolda", "every sheet in workbook order, hidden ones too")
                      .text())
        ->excludes(sheet_option);
    return {sub, [options]() {
                try {
                    // A large .xlsx is read from its file as needed, never held whole.
                    byte_source bytes = open_input(options->file);
                    load_budget budget(bytes);
                    auto misnamed = pipeline::misnamed_input(options->file, detect_format(bytes));
                    // Held back until the whole file has been read: a file bad half-way prints nothing.
                    spooled_stdout out;
                    dump_visitor dump(options->all_sheets, options->sheet, out);
                    if (visit_workbook(bytes, file_stem(options->file), dump)) {
                        dump.check_chosen();
                    } else {
                        dump_workbook(read_workbook(bytes, file_stem(options->file)), options->all_sheets,
                                      options->sheet, out);
                    }
                    if (misnamed) print_warnings({*misnamed});
                    out.release();
                    return exit_ok;
                } catch (const error& e) {
                    throw e.with_context(options->file);
                }
            }};
}

}  // namespace mk::cli
