// The cell dump of `malkedja cells`.
#include "src/container/workbook_dump.hpp"

#include <charconv>

#include "src/container/dump_text.hpp"
#include "src/core/error.hpp"
#include "src/text/number_text.hpp"

namespace mk {
namespace {

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

}  // namespace

void dump_sheet(const sheet& s, std::ostream& out) {
    // Lines are gathered into pieces of about 64 KiB, each written at once.
    constexpr std::size_t piece = 1 << 16;
    std::string lines;
    std::string name = dump_escaped(s.name, false);
    auto line_done = [&] {
        lines += '\n';
        if (lines.size() < piece) return;
        out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
        lines.clear();
    };
    for (const cell& c : s.cells) {
        lines += name;
        lines += '\t';
        lines += format_a1(c.row, c.col);
        lines += '\t';
        lines += type_letter(c.type);
        lines += '\t';
        switch (c.type) {
            case cell_type::number: lines += text::number_text(c.number); break;
            case cell_type::boolean: lines += c.number != 0 ? "TRUE" : "FALSE"; break;
            default: append_dump_escaped(lines, c.text, false);
        }
        line_done();
    }
    for (const cell_range& m : s.merges) {
        lines += name;
        lines += "\tmerge\t";
        lines += format_range(m);
        line_done();
    }
    out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
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

}  // namespace mk
