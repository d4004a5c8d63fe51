#include "src/pipeline/assumption_text.hpp"

#include "src/core/message.hpp"
#include "src/recognize/columns.hpp"

namespace mk::pipeline {
namespace {

using model::assumption;
using model::assumption_kind;

// Whether b belongs on a's line: the same kind about the same file (and sheet, where it names one);
// the files' units and years make one line of all files.
bool same_line(const assumption& a, const assumption& b) {
    if (a.kind != b.kind) return false;
    if (a.kind == assumption_kind::unit_from_file || a.kind == assumption_kind::year_from_file) return true;
    bool by_sheet = a.kind == assumption_kind::column_synonym || a.kind == assumption_kind::unit_from_title;
    return a.file == b.file && (!by_sheet || a.sheet == b.sheet);
}

// One item of a line: "\"Mål\" som KF-mål", "Skola A", "a.xlsx: 2018".
std::string item(const assumption& a) {
    switch (a.kind) {
        case assumption_kind::column_synonym: {
            auto role = recognize::role_of_token(a.as);
            return "\"" + a.about + "\" " + tr("som {0}", "as {0}", {role ? recognize::role_name(*role) : a.as}).text();
        }
        case assumption_kind::year_from_file: return a.file + ": " + a.about;
        default: return a.about;
    }
}

std::string line(const assumption& first, const std::string& items) {
    switch (first.kind) {
        case assumption_kind::column_synonym:
            return tr("{0}: kolumner lästa efter sina rubriker på bladet \"{1}\": {2}",
                      "{0}: columns read by their headers on the sheet \"{1}\": {2}", {first.file, first.sheet, items})
                .text();
        case assumption_kind::unit_from_sheet:
            return tr("{0}: enhet från bladens namn ({1})", "{0}: unit from the sheets' names ({1})",
                      {first.file, items})
                .text();
        case assumption_kind::unit_from_file:
            return tr("enhet från filernas namn ({0})", "unit from the files' names ({0})", {items}).text();
        case assumption_kind::unit_from_title:
            return tr("{0}: enhet från raderna som namnger den på bladet \"{1}\" ({2})",
                      "{0}: unit from the lines naming it on the sheet \"{1}\" ({2})", {first.file, first.sheet, items})
                .text();
        case assumption_kind::years_in_file:
            return tr("{0}: flera år i filen ({1}): från tabellernas rubriker, raderna ovanför dem, en År-kolumn "
                      "eller bladens namn",
                      "{0}: several years in the file ({1}): from the tables' headers, the lines above them, a year "
                      "column or the sheets' names",
                      {first.file, items})
                .text();
        case assumption_kind::year_from_file: return tr("år per fil ({0})", "year per file ({0})", {items}).text();
        case assumption_kind::year_from_file_name:
            return tr("{0}: år från filens namn ({1})", "{0}: year from the file's name ({1})", {first.file, items})
                .text();
    }
    return {};
}

}  // namespace

std::vector<std::string> assumption_lines(const std::vector<model::assumption>& assumptions) {
    std::vector<std::string> out;
    std::vector<bool> told(assumptions.size(), false);
    for (std::size_t i = 0; i < assumptions.size(); ++i) {
        if (told[i]) continue;
        std::string items;
        for (std::size_t j = i; j < assumptions.size(); ++j) {
            if (told[j] || !same_line(assumptions[i], assumptions[j])) continue;
            items += (items.empty() ? "" : ", ") + item(assumptions[j]);
            told[j] = true;
        }
        out.push_back(line(assumptions[i], items));
    }
    return out;
}

}  // namespace mk::pipeline
