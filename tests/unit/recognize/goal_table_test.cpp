// Goal-chain tables in documents: the work plans of tests/data/docx (python-docx, and LibreOffice's
// .odt of each; see make_goal_tables.py there), and tables built here for merges and header words.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/recognize/goal_table.hpp"
#include "src/recognize/work_plan.hpp"

using namespace mk;

namespace {

const model::goal* goal_with_id(const model::document& doc, const std::string& id) {
    for (const model::goal& g : doc.goals)
        if (g.id == id) return &g;
    return nullptr;
}

// Each goal as "level: text", with " < parent text" when it has one; "SKA " before a SKA-mål.
std::vector<std::string> goal_lines(const model::document& doc) {
    std::vector<std::string> out;
    for (const model::goal& g : doc.goals) {
        std::string line =
            std::string(g.ska ? "SKA " : "") + (g.level == model::level::kf ? "kf: " : "namnd: ") + g.text;
        if (g.parent) line += " < " + goal_with_id(doc, g.parent->target)->text;
        out.push_back(line);
    }
    return out;
}

// Each activity as "goal text > activity | responsible | planned | status word (row, column)".
std::vector<std::string> activity_lines(const model::document& doc) {
    std::vector<std::string> out;
    for (const model::activity& a : doc.activities) {
        std::string line = (a.goal ? goal_with_id(doc, a.goal->target)->text : "") + " > " + a.text + " | " +
                           a.responsible + " | " + (a.planned ? a.planned->text : "");
        for (const model::status_report& s : a.statuses) line += " | " + s.word;
        out.push_back(line);
    }
    return out;
}

model::document work_plan(const std::string& name) {
    std::string path = std::string(MK_SOURCE_DIR) + "/tests/data/docx/" + name;
    return recognize::recognise_work_plan(read_document(read_input_file(path)), name);
}

// A table block of the texts, rows of equal length; "^" marks a position covered by the cell above
// (merged down), "<" one covered by the cell to the left (merged across).
block table_of(const std::vector<std::vector<std::string>>& rows) {
    block t;
    t.kind = block_kind::table;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        table_row& row = t.rows.emplace_back();
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            table_cell& cell = row.cells.emplace_back();
            const std::string& text = rows[r][c];
            if (text == "^" || text == "<") {
                cell.covered = true;
                std::size_t top = r, left = c;
                if (text == "^")
                    while (t.rows[top].cells[c].covered) --top;
                else
                    while (t.rows[r].cells[left].covered) --left;
                (text == "^" ? t.rows[top].cells[c].row_span : t.rows[r].cells[left].col_span) += 1;
            } else if (!text.empty()) {
                cell.blocks.push_back(text_block(block_kind::paragraph, text));
            }
        }
    }
    return t;
}

struct read_table {
    model::document doc;
    bool read = false;
};

read_table read(const block& table) {
    read_table out;
    recognize::goal_list goals(out.doc);
    out.read = recognize::read_goal_table(table, model::source_ref{"plan.docx", {}, {}, "Mål", 1, {}, {}, {}}, goals);
    return out;
}

}  // namespace

TEST_CASE("goal table: a work plan's Mål | Aktivitet | Ansvar | Tidsplan under Nämndens mål, .docx and .odt") {
    for (std::string name : {"arbetsplan-tabell.docx", "arbetsplan-tabell.odt"}) {
        CAPTURE(name);
        model::document doc = work_plan(name);
        CHECK(goal_lines(doc) == std::vector<std::string>{"namnd: Alla elever når kunskapskraven",
                                                          "namnd: Eleverna känner sig trygga i skolan",
                                                          "namnd: Grundskolenämnden har en ekonomi i balans"});
        CHECK(activity_lines(doc) ==
              std::vector<std::string>{
                  "Alla elever når kunskapskraven > Läsfrämjande insatser i årskurs 1–3 | Rektorer | HT 2025",
                  "Alla elever når kunskapskraven > Kartläggning av matematikkunskaper i årskurs 4 | "
                  "Utvecklingsenheten | Q2",
                  "Alla elever når kunskapskraven > Fortbildning i språkutvecklande arbetssätt | Förvaltningschef | "
                  "2025-12-31",
                  "Eleverna känner sig trygga i skolan > Trygghetsvandringar på varje skola | Rektorer | Q1",
                  "Eleverna känner sig trygga i skolan > Ny rutin mot kränkande behandling | Elevhälsan | VT 2025",
                  "Grundskolenämnden har en ekonomi i balans > Månatlig budgetuppföljning per enhet | Ekonomichef | "
                  "Löpande"});
        REQUIRE(doc.activities.size() == 6);
        CHECK(doc.activities[1].planned->quarter == 2);
        CHECK(doc.activities[2].planned->date == "2025-12-31");
        // The merged goal cell is the goal's place; each activity is at its own cell.
        const model::goal& first = doc.goals.front();
        CHECK(first.source->section == "Nämndens mål");
        CHECK(first.source->table == 1u);
        CHECK(first.source->row == 2u);
        CHECK(first.source->column == 1u);
        CHECK(doc.activities[4].source->row == 6u);
        CHECK(doc.activities[4].source->column == 2u);
        CHECK(doc.metadata.year == 2025);
    }
}

TEST_CASE("goal table: KF goals merged down over their nämndmål, nämndmål over their activities, .docx and .odt") {
    for (std::string name : {"arbetsplan-kf-tabell.docx", "arbetsplan-kf-tabell.odt"}) {
        CAPTURE(name);
        model::document doc = work_plan(name);
        CHECK(
            goal_lines(doc) ==
            std::vector<std::string>{
                "kf: En trygg och lyckad skolgång lägger grunden för framtiden",
                "namnd: Alla elever når kunskapskraven < En trygg och lyckad skolgång lägger grunden för framtiden",
                "namnd: Eleverna känner sig trygga i skolan < En trygg och lyckad skolgång lägger grunden för "
                "framtiden",
                "kf: Huddinge kommun har en sund och uthållig ekonomi",
                "namnd: Grundskolenämnden har en ekonomi i balans < Huddinge kommun har en sund och uthållig ekonomi"});
        CHECK(activity_lines(doc) ==
              std::vector<std::string>{
                  "Alla elever når kunskapskraven > Läsfrämjande insatser i årskurs 1–3 | Rektorer | Q4 | Pågående",
                  "Alla elever når kunskapskraven > Kartläggning av matematikkunskaper i årskurs 4 | "
                  "Utvecklingsenheten | 2025-06-30 | Klart",
                  "Eleverna känner sig trygga i skolan > Trygghetsvandringar på varje skola | Rektorer | Q1 | "
                  "Ej påbörjad",
                  "Grundskolenämnden har en ekonomi i balans > Månatlig budgetuppföljning per enhet | Ekonomichef | "
                  "Q4 | Enligt plan"});
        REQUIRE(doc.activities.size() == 4);
        const model::status_report& status = doc.activities[1].statuses.front();
        CHECK(status.value == model::status::done);
        CHECK(status.label == "Status");
        CHECK(status.checkpoint == model::checkpoint::report);
        CHECK(status.source->column == 6u);
        CHECK(doc.activities[2].statuses.front().value == model::status::not_started);
    }
}

TEST_CASE("goal table: header words, goal cells left empty below, a section row across, unknown columns kept") {
    read_table r = read(table_of({{"Nämndens mål", "Åtagande 2025", "Ansvarig", "Tidplan", "Kostnad"},
                                  {"Ökad läsförmåga", "Läsa mer", "Skola A", "Q1", "10 tkr"},
                                  {"", "Skriva mer", "Skola B", "", ""},
                                  {"Ekonomi", "<", "<", "<", "<"},
                                  {"Budget i balans", "Följa upp", "Skola C", "Q4", ""},
                                  {"Nämndens mål", "Åtagande 2025", "Ansvarig", "Tidplan", "Kostnad"}}));
    REQUIRE(r.read);
    CHECK(goal_lines(r.doc) == std::vector<std::string>{"namnd: Ökad läsförmåga", "namnd: Budget i balans"});
    CHECK(r.doc.goals[0].perspective.empty());
    CHECK(r.doc.goals[1].perspective == "Ekonomi");
    CHECK(activity_lines(r.doc) == std::vector<std::string>{"Ökad läsförmåga > Läsa mer | Skola A | Q1",
                                                            "Ökad läsförmåga > Skriva mer | Skola B | ",
                                                            "Budget i balans > Följa upp | Skola C | Q4"});
    REQUIRE(r.doc.activities.size() == 3);
    CHECK(r.doc.activities[0].extras ==
          std::vector<model::extra_field>{{"Kostnad", "10 tkr", model::value_type::text}});
    CHECK(r.doc.activities[1].extras.empty());
    CHECK(r.doc.activities[0].source->file == "plan.docx");
    CHECK(r.doc.activities[0].source->row == 2u);
}

TEST_CASE("goal table: lines under the rows, an unused section row and cells beside no goal are notes, not lost") {
    read_table r = read(table_of({{"Mål", "Aktivitet", "Ansvar", "Status"},
                                  {"Trygghet", "<", "<", "<"},
                                  {"Alla elever känner sig trygga.", "", "", ""},
                                  {"", "Rastvärdar", "Rektor", "Klart"},
                                  {"", "", "", "Se bilaga 2"},
                                  {"Ekonomi", "<", "<", "<"},
                                  {"Källa: förvaltningens ledningsgrupp", "<", "<", "<"},
                                  {"Uppdateras varje kvartal.", "", "", ""}}));
    REQUIRE(r.read);
    // A goal-only row with a full stop that rows of the chain follow is a goal.
    CHECK(goal_lines(r.doc) == std::vector<std::string>{"namnd: Alla elever känner sig trygga."});
    CHECK(r.doc.goals[0].perspective == "Trygghet");
    CHECK(activity_lines(r.doc) ==
          std::vector<std::string>{"Alla elever känner sig trygga. > Rastvärdar | Rektor |  | Klart"});
    std::vector<std::string> notes;
    for (const model::statement& n : r.doc.notes)
        notes.push_back(n.text + " @" + std::to_string(*n.source->row) + "," + std::to_string(*n.source->column));
    CHECK(notes == std::vector<std::string>{"Se bilaga 2 @5,4", "Ekonomi @6,1",
                                            "Källa: förvaltningens ledningsgrupp @7,1",
                                            "Uppdateras varje kvartal. @8,1"});
}

TEST_CASE("goal table: a cell merged down gives its goal, responsible and time to each row it covers") {
    read_table r = read(table_of({{"Mål", "Aktivitet", "Ansvar", "Tidsplan"},
                                  {"Trygg skola", "Rastvärdar", "Rektor", "VT 2025"},
                                  {"^", "Kamratstödjare", "^", "^"},
                                  {"Nöjda elever", "Enkät", "Kurator", "Q3"}}));
    REQUIRE(r.read);
    CHECK(activity_lines(r.doc) == std::vector<std::string>{"Trygg skola > Rastvärdar | Rektor | VT 2025",
                                                            "Trygg skola > Kamratstödjare | Rektor | VT 2025",
                                                            "Nöjda elever > Enkät | Kurator | Q3"});
}

TEST_CASE("goal table: headers that say what to write after their name, as a template's do") {
    read_table r = read(table_of({{"Nämndmål – vad vill vi uppnå?", "Aktivitet – vad gör vi?",
                                   "Ansvar: vem leder arbetet", "Tidsplan (när är det klart)"},
                                  {"Trygg skolmiljö", "Rastvärdar varje rast", "Rektor", "HT 2025"}}));
    REQUIRE(r.read);
    CHECK(activity_lines(r.doc) ==
          std::vector<std::string>{"Trygg skolmiljö > Rastvärdar varje rast | Rektor | HT 2025"});
    CHECK(r.doc.activities.at(0).extras.empty());
}

TEST_CASE("goal table: a title row across the table above the header, a goal cell merged down and across") {
    block table = table_of({{"Nämndens mål 2025", "<", "<"},
                            {"Mål", "<", "Aktivitet"},
                            {"Trygg skola", "<", "Rastvärdar"},
                            {"^", "", "Kamratstödjare"}});
    // "Trygg skola" spans two rows and two columns.
    table.rows[3].cells[1].covered = true;
    read_table r = read(table);
    REQUIRE(r.read);
    CHECK(activity_lines(r.doc) ==
          std::vector<std::string>{"Trygg skola > Rastvärdar |  | ", "Trygg skola > Kamratstödjare |  | "});
    CHECK(r.doc.goals.front().source->row == 3u);
    CHECK(r.doc.activities.back().source->row == 4u);
}

TEST_CASE(
    "goal table: a SKA-mål table of KF goals and nämndmål (one under an empty KF cell: none), and a status column") {
    read_table ska = read(table_of({{"Kommunfullmäktigemål:", "Nämndmål:"},
                                    {"En trygg skolgång", "Eleverna når kunskapskraven."},
                                    {"^", "Behöriga lärare."},
                                    {"En sund ekonomi", "Ekonomi i balans."},
                                    {"", "Medarbetarna är engagerade."}}));
    REQUIRE(ska.read);
    CHECK(goal_lines(ska.doc) ==
          std::vector<std::string>{
              "kf: En trygg skolgång", "SKA namnd: Eleverna når kunskapskraven. < En trygg skolgång",
              "SKA namnd: Behöriga lärare. < En trygg skolgång", "kf: En sund ekonomi",
              "SKA namnd: Ekonomi i balans. < En sund ekonomi", "SKA namnd: Medarbetarna är engagerade."});
    CHECK(ska.doc.activities.empty());
    // Goals alone under Mål | Delmål: the Mål column holds the top goals, as in a follow-up; no SKA-mål.
    read_table goals_only = read(table_of({{"Mål", "Delmål"}, {"Förbättrade kunskapsresultat", "Språkutveckling"}}));
    REQUIRE(goals_only.read);
    CHECK(goal_lines(goals_only.doc) ==
          std::vector<std::string>{"kf: Förbättrade kunskapsresultat",
                                   "namnd: Språkutveckling < Förbättrade kunskapsresultat"});

    read_table statuses = read(table_of({{"Kommunfullmäktiges mål", "Mål", "Aktivitet", "Status delår 1", "Kommentar"},
                                         {"Trygghet", "Trygg skola", "Rastvärdar", "Avviker från plan", "För få vuxna"},
                                         {"^", "^", "Enkät", "", ""},
                                         {"^", "^", "Kamratstöd", "–", "Flyttad till hösten"}}));
    REQUIRE(statuses.read);
    CHECK_FALSE(statuses.doc.goals[1].ska);
    REQUIRE(statuses.doc.activities.size() == 3);
    const auto& first = statuses.doc.activities[0].statuses;
    REQUIRE(first.size() == 1);
    CHECK(first[0].value == model::status::deviates);
    CHECK(first[0].checkpoint == model::checkpoint::delar_1);
    CHECK(first[0].comment == "För få vuxna");
    // An empty cell in a column other rows fill is an empty status; a dash is none, its comment
    // gets a report of its own.
    REQUIRE(statuses.doc.activities[1].statuses.size() == 1);
    CHECK(statuses.doc.activities[1].statuses[0].word.empty());
    REQUIRE(statuses.doc.activities[2].statuses.size() == 1);
    CHECK(statuses.doc.activities[2].statuses[0].word.empty());
    CHECK(statuses.doc.activities[2].statuses[0].comment == "Flyttad till hösten");
}

TEST_CASE("goal table: a comment column per checkpoint comments its own status column") {
    read_table t = read(
        table_of({{"Mål", "Aktivitet", "Status delår 1", "Kommentar delår 1", "Status bokslut", "Kommentar bokslut"},
                  {"Trygg skola", "Rastvärdar", "Avviker från plan", "För få vuxna", "Klart", "Löst"},
                  {"^", "Enkät", "", "Inte påbörjad", "Klart", ""}}));
    REQUIRE(t.read);
    REQUIRE(t.doc.activities.size() == 2);
    const auto& first = t.doc.activities[0].statuses;
    REQUIRE(first.size() == 2);
    CHECK(first[0].comment == "För få vuxna");
    CHECK(first[1].comment == "Löst");
    // The delår 1 comment of a row without a delår 1 status gets a report at that checkpoint.
    const auto& second = t.doc.activities[1].statuses;
    REQUIRE(second.size() == 2);
    CHECK(second[0].checkpoint == model::checkpoint::delar_1);
    CHECK(second[0].word.empty());
    CHECK(second[0].comment == "Inte påbörjad");
    CHECK(second[1].comment.empty());
}

TEST_CASE("goal table: tables that are no goal chain are not read") {
    CHECK_FALSE(read(table_of({{"Nivå", "Dokument", "Beskrivning"}, {"Nämnd", "Verksamhetsplan", "Mål"}})).read);
    CHECK_FALSE(read(table_of({{"Mål", "Indikator"}, {"Trygg skola", "Andel trygga"}})).read);
    CHECK_FALSE(read(table_of({{"Aktivitet", "Ansvar"}, {"Rastvärdar", "Rektor"}})).read);
    CHECK_FALSE(read(table_of({{"Mål", "Aktivitet"}})).read);
}

TEST_CASE("work plan: texts that are no goal and no activity are kept as notes at their places, .docx and .odt") {
    for (std::string name : {"arbetsplan-rubriker.docx", "arbetsplan-rubriker.odt"}) {
        CAPTURE(name);
        model::document doc = work_plan(name);
        CHECK(doc.metadata.title == "Arbetsplan 2025");
        CHECK(goal_lines(doc) ==
              std::vector<std::string>{"kf: En trygg och lyckad skolgång lägger grunden för framtiden",
                                       "namnd: Eleverna når kunskapskraven",
                                       "namnd: Grundskolenämnden har en ekonomi i balans"});
        CHECK(activity_lines(doc) ==
              std::vector<std::string>{"Eleverna når kunskapskraven > Inför lässatsning i F-3 |  | ",
                                       "Eleverna når kunskapskraven > Sambedömning i matematik |  | "});
        // Each note as "section | table row column | paragraph: text".
        std::vector<std::string> notes;
        for (const model::statement& n : doc.notes) {
            const model::source_ref& at = *n.source;
            CHECK(at.file == name);
            std::string cell =
                at.table ? std::to_string(*at.table) + " " + std::to_string(*at.row) + " " + std::to_string(*at.column)
                         : "";
            notes.push_back(at.section + " | " + cell + " | " + (at.paragraph ? std::to_string(*at.paragraph) : "") +
                            ": " + n.text);
        }
        CHECK(
            notes ==
            std::vector<std::string>{
                " |  | 2: Grundskolenämnden",
                "En trygg och lyckad skolgång lägger grunden för framtiden |  | 1: KF-målet gäller hela mandatperioden.",
                "Eleverna når kunskapskraven |  | 2: Syfte: höja måluppfyllelsen. Mål: 88 % minst E.",
                "Eleverna når kunskapskraven | 1 1 1 | : Indikator",
                "Eleverna når kunskapskraven | 1 1 2 | : Målvärde",
                "Eleverna når kunskapskraven | 1 2 1 | : Andel behöriga lärare",
                "Eleverna når kunskapskraven | 1 2 2 | : Minst 85 %",
                "Grundskolenämnden har en ekonomi i balans |  | 1: Ingen aktivitet beslutad ännu.",
                "Avslutning |  | 1: Planen revideras årligen.",
                "Avslutning |  | 2: Kontaktperson: kvalitetsstrategen",
            });
    }
}

TEST_CASE("work plan: bullets under a goal heading's \"Aktiviteter:\" label are its activities, .docx and .odt") {
    for (std::string name : {"arbetsplan-aktiviteter.docx", "arbetsplan-aktiviteter.odt"}) {
        CAPTURE(name);
        model::document doc = work_plan(name);
        CHECK(goal_lines(doc) ==
              std::vector<std::string>{"namnd: 1. Eleverna når kunskapskraven",
                                       "namnd: 2. Eleverna ges en likvärdig skolgång",
                                       "namnd: Delmål i skolorna < 2. Eleverna ges en likvärdig skolgång"});
        CHECK(activity_lines(doc) ==
              std::vector<std::string>{
                  "1. Eleverna når kunskapskraven > Språkutvecklande arbetssätt i alla ämnen |  | ",
                  "1. Eleverna når kunskapskraven > Tidiga insatser i läsning och skrivning |  | ",
                  "2. Eleverna ges en likvärdig skolgång > Gemensam modell för extra anpassningar |  | "});
        REQUIRE(doc.notes.size() == 1);
        CHECK(doc.notes[0].text == "Målet följs upp med betygsstatistik.");
    }
}
