// `malkedja cells FILE`: every non-empty cell and merged range as the readers see them.
#include <charconv>
#include <iostream>
#include <sstream>

#include "converters/registry.hpp"
#include "src/cli/command.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "src/text/number_text.hpp"

namespace mk::cli {
namespace {

struct cells_options {
    std::string file;
    std::string sheet;
    bool all_sheets = false;
};

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\\': out += "\\\\"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

std::string_view type_letter(cell_type type) {
    switch (type) {
        case cell_type::string: return "s";
        case cell_type::number: return "n";
        case cell_type::boolean: return "b";
        case cell_type::date: return "d";
        case cell_type::error: return "e";
    }
    return "?";
}

void print_sheet(const sheet& s, std::ostream& out) {
    std::string name = escape(s.name);
    for (const cell& c : s.cells) {
        out << name << '\t' << format_a1(c.row, c.col) << '\t' << type_letter(c.type) << '\t';
        switch (c.type) {
            case cell_type::number: out << text::number_text(c.number); break;
            case cell_type::boolean: out << (c.number != 0 ? "TRUE" : "FALSE"); break;
            default: out << escape(c.text);
        }
        out << '\n';
    }
    for (const cell_range& m : s.merges) out << name << "\tmerge\t" << format_range(m) << '\n';
}

const sheet& choose_sheet(const workbook& book, const std::string& wanted) {
    if (wanted.empty()) {
        for (const sheet& s : book.sheets)
            if (s.visibility == sheet_visibility::visible) return s;
        throw error("cells.no_visible_sheet", tr("filen har inget synligt blad: använd --all-sheets",
                                                 "the file has no visible sheet: use --all-sheets"));
    }
    for (const sheet& s : book.sheets)
        if (s.name == wanted) return s;
    std::size_t number = 0;
    auto [ptr, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
    if (ec == std::errc() && ptr == wanted.data() + wanted.size() && number >= 1 && number <= book.sheets.size())
        return book.sheets[number - 1];
    std::string names;
    for (const sheet& s : book.sheets) names += (names.empty() ? "\"" : ", \"") + s.name + "\"";
    throw error("cells.no_such_sheet", tr("bladet \"{0}\" finns inte; filen har {1}",
                                          "the sheet \"{0}\" does not exist; the file has {1}", {wanted, names}));
}

}  // namespace

command add_cells_command(CLI::App& app) {
    auto options = std::make_shared<cells_options>();
    CLI::App* sub = app.add_subcommand(
        "cells", tr("skriv ut varje icke-tom cell i ett kalkylblad (.xlsx, .ods, .csv): BLAD, CELL, TYP, VÄRDE",
                    "print every non-empty cell of a spreadsheet (.xlsx, .ods, .csv): SHEET, CELL, TYPE, VALUE")
                     .text());
    sub->add_option("FILE", options->file, tr("kalkylbladet som ska läsas", "the spreadsheet to read").text())
        ->required();
    auto* sheet_option = sub->add_option("--sheet", options->sheet,
                                         tr("bladets namn eller nummer (1 = det första)",
                                            "the sheet's name or number (1 = the first)")
                                             .text());
    sub->add_flag("--all-sheets", options->all_sheets,
                  tr("alla blad i arbetsbokens ordning, även dolda", "every sheet in workbook order, hidden ones too")
                      .text())
        ->excludes(sheet_option);
    return {sub, [options]() {
                try {
                    std::string bytes = read_input_file(options->file);
                    workbook book = read_workbook(bytes, file_stem(options->file));
                    std::ostringstream stream;
                    if (options->all_sheets) {
                        for (const sheet& s : book.sheets) print_sheet(s, stream);
                    } else {
                        print_sheet(choose_sheet(book, options->sheet), stream);
                    }
                    std::cout << stream.str();
                    return exit_ok;
                } catch (const error& e) {
                    throw e.with_context(options->file);
                }
            }};
}

}  // namespace mk::cli
