#pragma once
// Goal-chain tables in documents (.docx, .odt): "Mål | Aktivitet | Ansvar | Tidsplan",
// "Kommunfullmäktiges mål | Nämndmål | Aktivitet", "Kommunfullmäktigemål | Nämndmål" (SKA-mål).
#include <map>
#include <string>

#include "src/container/document.hpp"
#include "src/model/document.hpp"

namespace mk::recognize {

// The goals of a document being read: each level, parent and text (after text::fold) once, with
// the ids "goal-1", "goal-2"... in the order added.
class goal_list {
public:
    explicit goal_list(model::document& doc) : doc_(doc) {}

    // The id of the goal of level under parent (empty: none) with text, added with its name and
    // description split from text and source when there is none yet.
    std::string add(model::level level, const std::string& text, const std::string& parent, model::source_ref source);
    // The goal with id, which add gave.
    model::goal& at(const std::string& id);
    model::document& doc() { return doc_; }

private:
    model::document& doc_;
    std::map<std::string, std::string> keys_;
    std::map<std::string, std::size_t> indexes_;
};

// Reads table into goals when its first row (below title rows of one cell across the table) is a
// goal-chain header, and returns whether it is one.
// The header's columns are classified as a follow-up sheet's (recognize::classify_header), and
// it needs an activity column beside a goal or status column, or two goal columns of different
// levels. A Kommunfullmäktigemål/Kommunfullmäktiges mål column gives KF goals, a Nämndmål/Mål/
// Nämndens mål column nämndmål under them (a Mål column beside a Delmål column gives KF goals);
// a goal cell merged down over several rows is one goal for all of them, as is one left empty
// below on rows that name no lower goal (a new goal under an empty cell has none at its level); a
// row of one cell across the table names the perspective of the goals below it.
// Nothing is dropped: a row across the table that no goal or activity comes under, lines under the
// last rows that read as notes (one text with a colon or a full stop at its end; in a table with
// an activity column), and the cells other than goals of a row with no activity are notes of the
// document at their places.
// Each activity row gives an activity under the lowest goal of its row, with its responsible
// (Ansvar, Ansvarig), planned time (Tidsplan, Klart senast), priority, status per Status column
// (read by the built-in vocabulary; an empty cell in a column other rows fill is an empty status)
// with the comment, and the cells of columns with an unknown header as details under that header.
// A table of goals alone with KF goals beside nämndmål is a SKA-mål table: its nämndmål are
// SKA-mål. place (file, section, table number) is every element's source, with the row and column
// of its cell (1-based, the top-left cell of a merged one).
bool read_goal_table(const block& table, const model::source_ref& place, goal_list& goals);

}  // namespace mk::recognize
