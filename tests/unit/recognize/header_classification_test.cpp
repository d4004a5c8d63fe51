// Header cells of follow-up tables: every spelling the recognizer knows, written as people write
// it, the checkpoints of status and outcome columns, texts that name no role, the longest header,
// and which rows are header rows. The spellings are listed here, not taken from the code's table,
// so that removing or misspelling one fails.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "src/recognize/columns.hpp"

using mk::model::checkpoint;
using mk::recognize::classify_header;
using mk::recognize::column_role;
using mk::recognize::max_header_bytes;
using mk::recognize::recognise_header_row;

namespace {

struct spelling {
    const char* header;
    column_role role;
};

// Every header the recognizer knows (the checkpointed Status and Utfall below), as written.
const spelling spellings[] = {
    {"Perspektiv", column_role::perspective},
    {"Fokusområde", column_role::perspective},
    {"Kommunfullmäktiges mål", column_role::top_goal},
    {"Kommunfullmäktigemål", column_role::top_goal},
    {"KF-mål", column_role::top_goal},
    {"Övergripande mål", column_role::top_goal},
    {"Nämndmål", column_role::goal},
    {"Nämndens mål", column_role::goal},
    {"Mål", column_role::goal},
    {"Delmål", column_role::sub_goal},
    {"Aktivitet", column_role::activity},
    {"Aktiviteter", column_role::activity},
    {"Åtagande", column_role::activity},
    {"Åtaganden", column_role::activity},
    {"Insats", column_role::activity},
    {"Insatser", column_role::activity},
    {"Åtgärd", column_role::activity},
    {"Åtgärder", column_role::activity},
    {"Planerad aktivitet", column_role::activity},
    {"Planerade aktiviteter", column_role::activity},
    {"Slutfört", column_role::planned},
    {"Klart senast", column_role::planned},
    {"Tidplan", column_role::planned},
    {"Tidsplan", column_role::planned},
    {"Ev. kommentar", column_role::comment},
    {"Kommentar", column_role::comment},
    {"Kommentarer", column_role::comment},
    {"Kommentarer till status", column_role::comment},
    {"Kommentar till status", column_role::comment},
    {"Särskilt prioriterat", column_role::priority},
    {"Indikator", column_role::indicator},
    {"Indikatorer", column_role::indicator},
    {"Nyckeltal", column_role::indicator},
    {"Mått", column_role::indicator},
    {"Målvärde", column_role::target},
    {"Målvärden", column_role::target},
    {"Trend", column_role::trend},
    {"Målvärde uppnått", column_role::met},
    {"Ansvar", column_role::responsible},
    {"Ansvarig", column_role::responsible},
    {"Ansvariga", column_role::responsible},
    {"Enhet", column_role::unit},
    {"Ansvarig enhet", column_role::unit},
    {"Skola", column_role::unit},
    {"Skolenhet", column_role::unit},
    {"Förskola", column_role::unit},
    {"Verksamhet", column_role::unit},
    {"Avdelning", column_role::unit},
    {"Område", column_role::unit},
    {"Rektorsområde", column_role::unit},
    {"År", column_role::year},
    {"Verksamhetsår", column_role::year},
    {"Status", column_role::status},
    {"Utfall", column_role::outcome},
};

// Upper case for ASCII and the Latin-1 letters (å, ä, ö, é) of the spellings.
std::string upper(std::string text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 'a' && byte <= 'z') text[i] = static_cast<char>(byte - 32);
        if (byte == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) text[i + 1] = static_cast<char>(next - 0x20);
            ++i;
        }
    }
    return text;
}

// The ways a header is written around its words: case, spaces, line breaks, punctuation, footnote
// marks.
std::vector<std::string> written_forms(const std::string& header) {
    std::string spaced;
    for (char c : header) spaced += c == ' ' ? std::string("  \n ") : std::string(1, c);
    return {header, upper(header), "  " + spaced + " ", header + ":", header + "*", header + "**", "(" + header + ")"};
}

// A header text of exactly `bytes` bytes: "Kommentarer till status" and footnote marks.
std::string padded_header(std::size_t bytes) {
    std::string header = "Kommentarer till status";
    header.resize(bytes, '*');
    return header;
}

using row = std::vector<std::pair<std::uint32_t, std::string>>;

std::vector<column_role> roles(const row& cells) {
    std::vector<column_role> out;
    for (const auto& c : recognise_header_row(cells)) out.push_back(c.role);
    return out;
}

}  // namespace

TEST_CASE("header classification: every known spelling, in any case, spacing and punctuation") {
    for (const spelling& s : spellings) {
        for (const std::string& header : written_forms(s.header)) {
            CAPTURE(header);
            auto c = classify_header(header);
            REQUIRE(c);
            CHECK(c->role == s.role);
            CHECK(c->header == header);
            CHECK(c->checkpoint == checkpoint::report);
            CHECK_FALSE(c->year);
            CHECK_FALSE(c->previous_year);
        }
    }
}

TEST_CASE("header classification: a trailing year is read and is no part of the role") {
    for (const spelling& s : spellings) {
        for (const auto& [header, year] :
             {std::pair{std::string(s.header) + " 2018", 2018}, std::pair{upper(s.header) + " 2019*", 2019}}) {
            CAPTURE(header);
            auto c = classify_header(header);
            REQUIRE(c);
            CHECK(c->role == s.role);
            CHECK(c->year == year);
        }
    }
    // A year needs a space before it.
    CHECK_FALSE(classify_header("Åtagande2018"));
    auto c = classify_header("Åtagande 2018");
    REQUIRE(c);
    CHECK(c->year == 2018);
}

TEST_CASE("header classification: the checkpoints of status and outcome columns") {
    struct checkpointed {
        const char* header;
        column_role role;
        checkpoint at;
        std::optional<int> year;
    };
    const checkpointed cases[] = {
        {"Status delår1*", column_role::status, checkpoint::delar_1, std::nullopt},
        {"Status delår 1", column_role::status, checkpoint::delar_1, std::nullopt},
        {"STATUS DELÅR 1", column_role::status, checkpoint::delar_1, std::nullopt},
        {"Status (delår 1)", column_role::status, checkpoint::delar_1, std::nullopt},
        {"Status\ndelår 1", column_role::status, checkpoint::delar_1, std::nullopt},
        {"Status delår2*", column_role::status, checkpoint::delar_2, std::nullopt},
        {"Status delår 2", column_role::status, checkpoint::delar_2, std::nullopt},
        {"Status bokslut*", column_role::status, checkpoint::bokslut, std::nullopt},
        {"Status helår", column_role::status, checkpoint::bokslut, std::nullopt},
        {"Status delår 1 2019", column_role::status, checkpoint::delar_1, 2019},
        {"Status 2019", column_role::status, checkpoint::report, 2019},
        // Words saying when or how the status is given name no checkpoint: the column is a status
        // column all the same (fills under "Status (grön/gul/röd)" were read as nothing).
        {"Status (grön/gul/röd)", column_role::status, checkpoint::report, std::nullopt},
        {"Status mars", column_role::status, checkpoint::report, std::nullopt},
        {"Status 31/3", column_role::status, checkpoint::report, std::nullopt},
        {"Status per 31 mars 2024", column_role::status, checkpoint::report, 2024},
        {"Status T1", column_role::status, checkpoint::report, std::nullopt},
        {"Status, färg", column_role::status, checkpoint::report, std::nullopt},
        {"Utfall delår1", column_role::outcome, checkpoint::delar_1, std::nullopt},
        {"Utfall delår 2", column_role::outcome, checkpoint::delar_2, std::nullopt},
        {"Utfall bokslut", column_role::outcome, checkpoint::bokslut, std::nullopt},
        {"Utfall helår 2019", column_role::outcome, checkpoint::bokslut, 2019},
        // A comment column per checkpoint or year comments that status column.
        {"Kommentar delår 1", column_role::comment, checkpoint::delar_1, std::nullopt},
        {"Kommentarer bokslut", column_role::comment, checkpoint::bokslut, std::nullopt},
        {"Kommentar 2022", column_role::comment, checkpoint::report, 2022},
    };
    for (const checkpointed& c : cases) {
        CAPTURE(c.header);
        auto column = classify_header(c.header);
        REQUIRE(column);
        CHECK(column->role == c.role);
        CHECK(column->checkpoint == c.at);
        CHECK(column->year == c.year);
        CHECK_FALSE(column->previous_year);
    }
    for (const char* header : {"Utfall föregående år", "Utfall fg år", "Utfall förra året", "UTFALL FG. ÅR"}) {
        CAPTURE(header);
        auto column = classify_header(header);
        REQUIRE(column);
        CHECK(column->role == column_role::outcome);
        CHECK(column->previous_year);
    }
}

TEST_CASE("header classification: two names of one role, and a name broken by a hyphen or a line") {
    const spelling combined[] = {
        {"Aktivitet/insats", column_role::activity},
        {"Aktivitet (åtgärd)", column_role::activity},
        {"Aktivitet eller insats", column_role::activity},
        {"Nämnd-\nmål", column_role::goal},
        {"Nämnd-mål", column_role::goal},
        {"Ansvar/ansvarig", column_role::responsible},
        {"Skola / enhet", column_role::unit},
    };
    for (const spelling& s : combined) {
        CAPTURE(s.header);
        auto column = classify_header(s.header);
        REQUIRE(column);
        CHECK(column->role == s.role);
    }
    for (const char* header : {"Mål/aktivitet", "Aktivitet och status"}) {
        CAPTURE(header);
        CHECK_FALSE(classify_header(header));
    }
}

TEST_CASE("header classification: a name and an explanation after it") {
    struct explained {
        const char* header;
        column_role role;
        checkpoint at = checkpoint::report;
    };
    const std::string long_question = " – " + std::string(2 * max_header_bytes, 'x') + "?";
    const explained cases[] = {
        {"Aktivitet - vad gör vi?", column_role::activity},
        {"Aktivitet – vad gör vi för att nå målet?", column_role::activity},
        {"Mål — vad vill vi uppnå?", column_role::goal},
        {"Ansvarig: namn och roll", column_role::responsible},
        {"Kommentar (högst 200 tecken)", column_role::comment},
        {"Planerade aktiviteter\nBeskriv kort vad ni ska göra", column_role::activity},
        {"Ansvarig\n(Namn och roll)", column_role::responsible},
        {"Åtgärd – Vad gör vi?", column_role::activity},
        {"Status delår 1 – grön, gul eller röd", column_role::status, checkpoint::delar_1},
        {"Utfall bokslut: siffra eller andel", column_role::outcome, checkpoint::bokslut},
    };
    for (const explained& e : cases) {
        CAPTURE(e.header);
        auto column = classify_header(e.header);
        REQUIRE(column);
        CHECK(column->role == e.role);
        CHECK(column->checkpoint == e.at);
        CHECK(column->header == e.header);
    }
    // The explanation may be longer than any header; the name is what is read.
    auto c = classify_header("Aktivitet" + long_question);
    REQUIRE(c);
    CHECK(c->role == column_role::activity);
    // An explanation that names a role of its own makes the header name none; so does one with no
    // name before it, a hyphen inside a word, and a name no role has. After a dash or a colon, text
    // in upper case is a goal's or an activity's, as people write them in their cells.
    for (std::string header : {"Mål - indikator", "Aktivitet (status)", "Ansvarig: skola", "– vad gör vi?",
                               "(Aktivitet) vad", "Aktivitets-plan", "Beskrivning – vad gör vi?", "Mål: Trygg skola",
                               "Åtgärd – Rastvärdar varje rast", "Insats: Läsfrämjande"}) {
        CAPTURE(header);
        CHECK_FALSE(classify_header(header));
    }
    // Read as the role's own word: no synonym for the summary to name.
    CHECK(roles({{0, "Mål – vad vill vi uppnå?"}, {1, "Aktivitet – vad gör vi?"}}) ==
          std::vector{column_role::goal, column_role::activity});
    auto header = recognise_header_row(row{{0, "Nämndmål"}, {1, "Aktivitet – vad gör vi?"}, {2, "Åtgärd: hur?"}});
    REQUIRE(header.size() == 3);
    CHECK_FALSE(mk::recognize::read_by_synonym(header[1]));
    CHECK(header[2].role == column_role::extra);
}

TEST_CASE("header rows: of two columns of a role read from one, the one named by its own word is read") {
    CHECK(roles({{0, "Nämndmål"},
                 {1, "Åtgärd"},
                 {2, "Aktivitet"},
                 {3, "Ansvarig"},
                 {4, "Ansvarig"},
                 {5, "Status"},
                 {6, "Status"},
                 {7, "Kommentar"},
                 {8, "Kommentar"}}) == std::vector{column_role::goal, column_role::extra, column_role::activity,
                                                   column_role::responsible, column_role::extra, column_role::status,
                                                   column_role::status, column_role::comment, column_role::comment});
    CHECK(roles({{0, "Mål"}, {1, "Nämndmål"}, {2, "Aktivitet"}}) ==
          std::vector{column_role::extra, column_role::goal, column_role::activity});
}

TEST_CASE("header classification: texts that name no role") {
    for (const char* header : {"",
                               " ",
                               "***",
                               "2019",
                               "Nämnd",
                               "Målsättning",
                               "Aktivitetsplan",
                               "Statusen",
                               "Status delår 3",
                               "Status delår",
                               "Status nästa år",
                               "Kommentarer från rektor",
                               "Beskrivning",
                               "Mål och aktiviteter",
                               "Status föregående år",
                               "Status kommentar",
                               "Status och kommentar",
                               "Statusbeskrivning",
                               "Status mål",
                               "Klart",
                               "Fler elever ska ta gymnasieexamen inom 3 år"}) {
        CAPTURE(header);
        CHECK_FALSE(classify_header(header));
    }
}

TEST_CASE("header classification: the longest header at, just below and just above max_header_bytes") {
    for (std::size_t bytes : {max_header_bytes - 1, max_header_bytes}) {
        CAPTURE(bytes);
        auto header = padded_header(bytes);
        REQUIRE(header.size() == bytes);
        auto c = classify_header(header);
        REQUIRE(c);
        CHECK(c->role == column_role::comment);
    }
    CHECK_FALSE(classify_header(padded_header(max_header_bytes + 1)));
}

TEST_CASE("header rows: an activity column and a goal or status column make a header") {
    CHECK(roles({{0, "Nämndmål"}, {1, "Aktivitet"}, {2, "Slutfört"}, {3, "Status"}, {4, "Ev kommentar"}}) ==
          std::vector{column_role::goal, column_role::activity, column_role::planned, column_role::status,
                      column_role::comment});
    CHECK(roles({{0, "Åtagande 2018"}, {1, "Status delår1*"}}) ==
          std::vector{column_role::activity, column_role::status});
    CHECK(roles({{3, "Kommunfullmäktiges mål"}, {5, "Insats"}}) ==
          std::vector{column_role::top_goal, column_role::activity});
    auto columns = recognise_header_row(
        std::vector<std::pair<std::uint32_t, std::string>>{{2, "Mål"}, {4, "Beskrivning"}, {7, "Aktivitet"}});
    REQUIRE(columns.size() == 2);
    CHECK(columns[0].col == 2);
    CHECK(columns[1].col == 7);
}

TEST_CASE("header rows: a goal column with an indicator and its target or outcome make a header") {
    CHECK(roles({{0, "Nämndmål"}, {1, "Indikator"}, {2, "Målvärde"}, {3, "Utfall 2023"}}) ==
          std::vector{column_role::goal, column_role::indicator, column_role::target, column_role::outcome});
    CHECK(roles({{0, "Mål"}, {1, "Nyckeltal"}, {2, "Utfall"}}) ==
          std::vector{column_role::goal, column_role::indicator, column_role::outcome});
    // An indicator alone, or with a goal and nothing measured, is no table of goals.
    CHECK(roles({{0, "Indikator"}, {1, "Målvärde"}, {2, "Utfall"}}).empty());
    CHECK(roles({{0, "Nämndmål"}, {1, "Indikator"}, {2, "Kommentar"}}).empty());
}

TEST_CASE("header rows: Mål followed by Delmål is the top goal") {
    CHECK(roles({{0, "Mål"},
                 {1, "Delmål"},
                 {2, "Särskilt prioriterat 2018"},
                 {3, "Åtagande 2018"},
                 {4, "Status delår1*"},
                 {5, "Status delår2*"},
                 {6, "Status bokslut*"},
                 {7, "Kommentarer till status**"}}) ==
          std::vector{column_role::top_goal, column_role::sub_goal, column_role::priority, column_role::activity,
                      column_role::status, column_role::status, column_role::status, column_role::comment});
    // Without Delmål, Mål is the goal.
    CHECK(roles({{0, "Mål"}, {1, "Åtagande"}}) == std::vector{column_role::goal, column_role::activity});
}

TEST_CASE("header rows: rows that are no header") {
    const row rows[] = {
        {},
        {{0, "Aktivitet"}},
        {{0, "Aktivitet"}, {1, "Kommentar"}, {2, "Slutfört"}, {3, "Delmål"}},
        {{0, "Nämndmål"}, {1, "Status"}, {2, "Kommentar"}},
        {{0, "Fler i jobb"}, {1, "Praktikplatser"}, {2, "Q4"}, {3, "Pågående"}},
        {{0, "Samhälle"}},
    };
    for (const row& r : rows) {
        CAPTURE(r.size());
        CHECK(recognise_header_row(r).empty());
    }
}

TEST_CASE("header rows: a memo of texts that name no role skips them on later rows, and still finds headers") {
    using views = std::vector<std::pair<std::uint32_t, std::string_view>>;
    mk::recognize::non_header_memo memo;
    views data{{0, "Elevhälsa"}, {1, "Läsa mer"}, {2, "Enligt plan"}};
    CHECK(recognise_header_row(data, &memo).empty());
    CHECK(memo.knows(0, "Elevhälsa"));
    CHECK(memo.knows(2, "Enligt plan"));
    CHECK_FALSE(memo.knows(1, "Enligt plan"));  // by column
    CHECK(recognise_header_row(data, &memo).empty());

    // A header on a later row, in the same columns, is a header still, and is not remembered.
    views header{{0, "Mål"}, {1, "Aktivitet"}, {2, "Status delår 1"}};
    auto columns = recognise_header_row(header, &memo);
    REQUIRE(columns.size() == 3);
    CHECK(columns[2].role == column_role::status);
    CHECK_FALSE(memo.knows(1, "Aktivitet"));
    CHECK(recognise_header_row(header, &memo).size() == 3);
}

TEST_CASE("header rows: the memo keeps the last eight texts of a column, the oldest forgotten first") {
    mk::recognize::non_header_memo memo;
    std::vector<std::string> words;
    for (int i = 0; i < 9; ++i) words.push_back("ord " + std::to_string(i));
    for (const std::string& w : words) memo.remember(4, w);
    CHECK_FALSE(memo.knows(4, words[0]));
    for (int i = 1; i < 9; ++i) CHECK(memo.knows(4, words[static_cast<std::size_t>(i)]));
    CHECK_FALSE(memo.knows(5, words[8]));
}

TEST_CASE("header rows: what the summary says was read by a synonym, and what by the role's own word") {
    auto by_synonym = [](std::vector<std::pair<std::uint32_t, std::string>> cells) {
        std::vector<bool> out;
        for (const auto& c : recognise_header_row(cells)) out.push_back(mk::recognize::read_by_synonym(c));
        return out;
    };
    CHECK(by_synonym({{0, "Nämnd-\nmål"},
                      {1, "Aktivitet/insats"},
                      {2, "Status delår 1"},
                      {3, "Kommentar delår 1"},
                      {4, "Kommentar 2022"}}) == std::vector<bool>{false, false, false, false, false});
    CHECK(by_synonym({{0, "Mål"}, {1, "Insats/åtgärd"}}) == std::vector<bool>{true, true});
    CHECK(by_synonym({{0, "Nämndmål"}, {1, "Åtagande 2018"}}) == std::vector<bool>{false, true});
}
