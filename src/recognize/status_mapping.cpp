#include "src/recognize/status_mapping.hpp"

#include <charconv>

#include "src/core/error.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

std::string text_of(const cell* c) {
    if (!c) return {};
    if (c->type != cell_type::number) return text::squeeze_spaces(c->text);
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, c->number);
    return std::string(buffer, result.ptr);
}

}  // namespace

status_definitions read_status_mapping(const workbook& book) {
    status_definitions out(definition_origin::mapping);
    const std::string statuses = "done, on_track, not_started, partly, deviates, cancelled";
    if (book.sheets.empty())
        throw error("statusord.empty", tr("filen har inga blad: skriv ett ord och dess status per rad",
                                          "the file has no sheets: write one word and its status per row"));
    const sheet& s = book.sheets.front();
    std::vector<std::uint32_t> rows;
    for (const cell& c : s.cells)
        if (rows.empty() || rows.back() != c.row) rows.push_back(c.row);
    for (std::uint32_t row : rows) {
        std::string word = text_of(s.find(row, 0));
        std::string meaning = text_of(s.find(row, 1));
        if (word.empty() && meaning.empty()) continue;
        std::string number = std::to_string(row + 1);
        std::optional<model::status> value = phrase_status(meaning, {}, true);
        if (!value) {
            if (row == rows.front()) continue;
            throw error("statusord.bad_status",
                        tr("rad {0}: \"{1}\" ska betyda \"{2}\", som inte är någon status: skriv {3} eller ett "
                           "statusord som Genomfört",
                           "row {0}: \"{1}\" should mean \"{2}\", which is no status: write {3} or a status word such "
                           "as Genomfört",
                           {number, word, meaning, statuses}));
        }
        if (word.empty())
            throw error("statusord.no_word", tr("rad {0}: statusen \"{1}\" saknar sitt ord i första kolumnen",
                                                "row {0}: the status \"{1}\" has no word in the first column",
                                                {number, meaning}));
        if (out.find(word))
            throw error("statusord.twice", tr("rad {0}: \"{1}\" står redan på en rad ovanför",
                                              "row {0}: \"{1}\" is already on a row above", {number, word}));
        if (!out.define(word, *value))
            throw error("statusord.bad_word",
                        tr("rad {0}: \"{1}\" kan inte definieras: skriv ett ord, en färg (Grön, Blå eller #RRGGBB "
                           "med en ljusfärg) eller en symbol",
                           "row {0}: \"{1}\" cannot be defined: write a word, a colour (Grön, Blå or #RRGGBB of a "
                           "light's colour) or a symbol",
                           {number, word}));
    }
    if (out.entries().empty())
        throw error("statusord.empty", tr("filen definierar inga statusord: skriv ett ord och dess status per rad, "
                                          "till exempel \"Färdigställt;done\"",
                                          "the file defines no status words: write one word and its status per row, "
                                          "for example \"Färdigställt;done\""));
    return out;
}

}  // namespace mk::recognize
