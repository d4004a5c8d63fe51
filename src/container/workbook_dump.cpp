// The cell dump of `malkedja cells`.
#include "src/container/workbook_dump.hpp"

#include <charconv>
#include <sstream>

#include "src/container/dump_text.hpp"
#include "src/core/error.hpp"
#include "src/text/number_text.hpp"

namespace mk {
namespace {

std::string escape(std::string_view text) { return dump_escaped(text, false); }

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

std::string dump_sheet(const sheet& s) {
    std::ostringstream out;
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
    return out.str();
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
