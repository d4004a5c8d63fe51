// What the readers could not take in as expected: unreadable files, files that are no SK document,
// table cells unlike the template's, a school collected twice (MK019-MK022), text outside the answers
// of an SK document (MK032).
#include "src/check/families.hpp"

namespace mk::check {
namespace {

// The findings of rule_id for every note of problem, each with the message text makes of it.
template <class Text>
void notes_of(const context& ctx, model::read_problem problem, std::string_view rule_id, Text text, findings& out) {
    for (const model::read_note& note : ctx.doc.read_notes)
        if (note.problem == problem) out.push_back(make_finding(rule_id, note.place, "", text(note)));
}

}  // namespace

void check_unreadable_file(const context& ctx, findings& out) {
    notes_of(
        ctx, model::read_problem::unreadable_file, "MK019",
        [](const model::read_note& note) {
            return tr("filen kunde inte läsas och är inte med i sammanställningen: {0}",
                      "the file could not be read and is not in the collection: {0}", {note.detail});
        },
        out);
}

void check_not_sk_document(const context& ctx, findings& out) {
    notes_of(
        ctx, model::read_problem::not_sk_document, "MK020",
        [](const model::read_note&) {
            return tr(
                "filen är inget SK-dokument (rubrikerna MÅLANALYS och PLANERINGSRAPPORT saknas) och är inte med i "
                "sammanställningen",
                "the file is no SK document (the headings MÅLANALYS and PLANERINGSRAPPORT are missing) and is not "
                "in the collection");
        },
        out);
}

void check_unexpected_cell(const context& ctx, findings& out) {
    notes_of(
        ctx, model::read_problem::unexpected_cell, "MK021",
        [](const model::read_note& note) {
            return tr(
                "cellen innehåller \"{0}\" där mallen har något annat; resten av tabellen är inläst, men kontrollera "
                "att inget skrivits på fel plats",
                "the cell holds \"{0}\" where the template has something else; the rest of the table was read, but "
                "check that nothing was written in the wrong place",
                {note.detail});
        },
        out);
    notes_of(
        ctx, model::read_problem::unexpected_row, "MK021",
        [](const model::read_note& note) {
            return tr("raden \"{0}\" finns inte i mallen och är inte inläst; resten av tabellen är inläst",
                      "the row \"{0}\" is not in the template and was not read; the rest of the table was read",
                      {note.detail});
        },
        out);
}

void check_same_school_twice(const context& ctx, findings& out) {
    notes_of(
        ctx, model::read_problem::same_school_twice, "MK022",
        [](const model::read_note& note) {
            return tr(
                "skolan finns redan i {0}, som är med i sammanställningen; det här dokumentet är det inte (det "
                "senare dokumentet används bara när dess läsår är senare)",
                "the school is already in {0}, which is in the collection; this document is not (the later "
                "document is used only when its läsår is later)",
                {note.detail});
        },
        out);
}

void check_unread_text(const context& ctx, findings& out) {
    notes_of(
        ctx, model::read_problem::unread_text, "MK032",
        [](const model::read_note& note) {
            return tr(
                "\"{0}\" står där dokumentet inte har någon svarsplats och är inte med i sammanställningen; "
                "flytta texten till ett svar om den ska vara med",
                "\"{0}\" stands where the document has no answer place and is not in the collection; move "
                "the text into an answer if it belongs there",
                {note.detail});
        },
        out);
}

}  // namespace mk::check
