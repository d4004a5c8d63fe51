// Status cells of follow-up tables: empty cells, dashes, fills that are formatting, legends and the
// user's words, on workbooks built as readers build them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "src/model/names.hpp"
#include "src/recognize/follow_up.hpp"
#include "src/recognize/status_mapping.hpp"

namespace {

// A one-sheet workbook: rows of texts (empty: no cell) and fills by A1 reference.
struct sheet_builder {
    mk::sheet s;
    std::uint32_t row = 0;

    sheet_builder& add(std::vector<std::string> texts) {
        for (std::uint32_t col = 0; col < texts.size(); ++col)
            if (!texts[col].empty()) s.cells.push_back({row, col, mk::cell_type::string, texts[col], 0});
        ++row;
        return *this;
    }
    sheet_builder& fill(const char* ref, std::string rgb) {
        auto place = mk::parse_a1(ref);
        REQUIRE(place);
        s.fills.push_back({{place->first, place->second, place->first, place->second}, std::move(rgb)});
        return *this;
    }
    mk::recognize::follow_up read(const mk::recognize::status_definitions* mapping = nullptr) {
        s.name = "Blad1";
        s.finish();
        mk::workbook book;
        book.sheets.push_back(s);
        return mk::recognize::recognise_follow_up(book, "uppfoljning.xlsx", mapping);
    }
};

// "D3=on_track" for each report: its cell and value ("" for a report without a word: "D4=").
std::vector<std::string> reports(const mk::model::document& doc) {
    std::vector<std::string> out;
    for (const auto& a : doc.activities)
        for (const auto& s : a.statuses)
            out.push_back(s.source->cell + "=" + (s.word.empty() ? "" : std::string(name_of(s.value))));
    return out;
}

}  // namespace

TEST_CASE("follow-up statuses: an empty cell in a column other rows fill is an empty status") {
    auto result = sheet_builder{}
                      .add({"Mål", "Åtagande", "Status delår1", "Status delår2", "Status bokslut"})
                      .add({"Sund ekonomi", "Budget i balans", "Enligt plan", "Klart", ""})
                      .add({"Sund ekonomi", "Lokalhyror", "", "Enligt plan", ""})
                      .add({"Sund ekonomi", "Inköp", "Enligt plan", "–", ""})
                      .read();
    // Delår 1 and 2 are filled by some row: their empty cells are empty statuses (C3); the dash
    // says there is none (D4); nobody has reported the bokslut yet.
    CHECK(reports(result.doc) == std::vector<std::string>{"C2=on_track", "D2=done", "C3=", "D3=on_track", "C4=on_track"});
    CHECK(result.statuses.missing == 1);
    CHECK(result.doc.activities[1].statuses[0].label == "Status delår1");
}

TEST_CASE("follow-up statuses: a comment goes to the latest report with a word, else to the empty one") {
    auto result = sheet_builder{}
                      .add({"Mål", "Åtagande", "Status delår1", "Status delår2", "Kommentar"})
                      .add({"Sund ekonomi", "Budget i balans", "Enligt plan", "", "Bra"})
                      .add({"Sund ekonomi", "Lokalhyror", "", "Klart", ""})
                      .add({"Sund ekonomi", "Inköp", "", "", "Inget gjort"})
                      .read();
    const auto& a = result.doc.activities;
    CHECK(a[0].statuses[0].comment == "Bra");
    CHECK(a[0].statuses[1].word.empty());
    CHECK(a[2].statuses.back().comment == "Inget gjort");
    CHECK(a[2].statuses.back().source->cell == "D4");
}

// The comment of each report: "C2:Bra" for the report at C2 with comment "Bra"; reports without one left out.
std::vector<std::string> comments(const mk::model::document& doc) {
    std::vector<std::string> out;
    for (const auto& a : doc.activities)
        for (const auto& s : a.statuses)
            if (!s.comment.empty()) out.push_back(s.source->cell + ":" + s.comment);
    return out;
}

TEST_CASE("follow-up statuses: a comment column per year or checkpoint comments its own status column") {
    SUBCASE("years side by side, the comments after the statuses") {
        auto result = sheet_builder{}
                          .add({"Mål", "Aktivitet", "Status 2022", "Status 2023", "Kommentar 2022", "Kommentar 2023"})
                          .add({"Sund ekonomi", "Budget i balans", "Grön", "Gul", "Bra start", "Tappade fart"})
                          .add({"Sund ekonomi", "Inköp", "Röd", "Grön", "", "Klar"})
                          .read();
        CHECK(comments(result.doc) == std::vector<std::string>{"C2:Bra start", "D2:Tappade fart", "D3:Klar"});
        CHECK(result.cells.skipped.empty());
        // The follow-up is of the latest year its statuses name, the earlier there to compare with.
        CHECK(result.doc.metadata.year == 2023);
    }
    SUBCASE("checkpoints, each comment beside its status; a comment beside an empty status gets a report there") {
        auto result =
            sheet_builder{}
                .add({"Mål", "Aktivitet", "Status delår 1", "Kommentar delår 1", "Status bokslut", "Kommentar bokslut"})
                .add({"Sund ekonomi", "Budget i balans", "Avviker", "Sent i år", "Klart", "Klart i november"})
                .add({"Sund ekonomi", "Inköp", "", "Inte påbörjat", "Klart", ""})
                .read();
        CHECK(reports(result.doc) == std::vector<std::string>{"C2=deviates", "E2=done", "C3=", "E3=done"});
        CHECK(comments(result.doc) ==
              std::vector<std::string>{"C2:Sent i år", "E2:Klart i november", "C3:Inte påbörjat"});
        CHECK(result.doc.activities[1].statuses[0].checkpoint == mk::model::checkpoint::delar_1);
    }
    SUBCASE("a comment column after each status column, headers naming neither") {
        auto result = sheet_builder{}
                          .add({"Mål", "Aktivitet", "Status mars", "Kommentar", "Status juni", "Kommentar"})
                          .add({"Sund ekonomi", "Budget i balans", "Enligt plan", "Bra", "Avviker", "Sämre"})
                          .read();
        CHECK(comments(result.doc) == std::vector<std::string>{"C2:Bra", "E2:Sämre"});
    }
    SUBCASE("two comment columns of no status column both go to the latest status with a word") {
        auto result = sheet_builder{}
                          .add({"Mål", "Aktivitet", "Status delår 1", "Status bokslut", "Kommentar", "Ev kommentar"})
                          .add({"Sund ekonomi", "Budget i balans", "Enligt plan", "", "Bra", "Se bilaga"})
                          .read();
        CHECK(comments(result.doc) == std::vector<std::string>{"C2:Bra\n\nSe bilaga"});
    }
}

TEST_CASE("follow-up statuses: fills decide for empty cells, unless they are the row's or the column's formatting") {
    auto result = sheet_builder{}
                      .add({"Nämndmål", "Aktivitet", "Status"})
                      .add({"Avtalstrohet", "Inköpsregler", ""})
                      .add({"Avtalstrohet", "E-handel", ""})
                      .add({"Avtalstrohet", "Banding", ""})
                      .add({"Avtalstrohet", "Mall", "Pågår"})
                      .add({"Avtalstrohet", "Mall 2", "Klart"})
                      .add({"Avtalstrohet", "Mall 3", ""})
                      .fill("C2", "00B050")
                      .fill("C3", "FF0000")
                      // Row 4 is banded grey: its status cell's grey is no status.
                      .fill("A4", "D9D9D9")
                      .fill("B4", "D9D9D9")
                      .fill("C4", "D9D9D9")
                      // Pale yellow behind words of different meanings: the column's input cells.
                      .fill("C5", "FFF2CC")
                      .fill("C6", "FFF2CC")
                      .fill("C7", "FFF2CC")
                      .read();
    CHECK(reports(result.doc) ==
          std::vector<std::string>{"C2=on_track", "C3=deviates", "C4=", "C5=on_track", "C6=done", "C7="});
    CHECK(result.doc.activities[0].statuses[0].word == "#00B050");
    CHECK(result.doc.activities[0].statuses[0].assumed);
    CHECK(result.statuses.assumed == 2);
    CHECK(result.statuses.missing == 2);
}

TEST_CASE("follow-up statuses: a legend below the table defines the file's words and is a skipped row of its own") {
    auto result = sheet_builder{}
                      .add({"Nämndmål", "Aktivitet", "Status"})
                      .add({"Avtalstrohet", "Inköpsregler", ""})
                      .add({"Avtalstrohet", "E-handel", "●"})
                      .add({"Avtalstrohet", "Mall", "Gul"})
                      .add({})
                      .add({"Grön = Genomfört"})
                      .add({"● = Avviker från plan"})
                      .add({"Gul: pågår"})
                      .fill("C2", "92D050")
                      .read();
    CHECK(reports(result.doc) == std::vector<std::string>{"C2=done", "C3=deviates", "C4=on_track"});
    CHECK(result.statuses.by_legend == 3);
    CHECK(result.statuses.assumed == 0);
    REQUIRE(result.legends.size() == 1);
    CHECK(result.legends[0].rows == std::vector<std::uint32_t>{5, 6, 7});
    int legend_rows = 0;
    for (const auto& s : result.skipped) legend_rows += s.reason == mk::recognize::skip_reason::legend;
    CHECK(legend_rows == 3);
}

TEST_CASE("follow-up statuses: a legend on a sheet of its own holds for the file") {
    mk::sheet legend;
    legend.name = "Förklaring";
    legend.cells.push_back({0, 0, mk::cell_type::string, "Blått = Klart", 0});
    legend.finish();
    mk::sheet table;
    table.name = "Uppföljning";
    table.cells.push_back({0, 0, mk::cell_type::string, "Nämndmål", 0});
    table.cells.push_back({0, 1, mk::cell_type::string, "Aktivitet", 0});
    table.cells.push_back({0, 2, mk::cell_type::string, "Status", 0});
    table.cells.push_back({1, 0, mk::cell_type::string, "Avtalstrohet", 0});
    table.cells.push_back({1, 1, mk::cell_type::string, "Inköpsregler", 0});
    table.fills.push_back({{1, 2, 1, 2}, "0070C0"});
    table.finish();
    mk::workbook book;
    book.sheets = {legend, table};
    auto result = mk::recognize::recognise_follow_up(book, "uppfoljning.xlsx");
    CHECK(reports(result.doc) == std::vector<std::string>{"C2=done"});
    REQUIRE(result.legends.size() == 1);
    CHECK(result.legends[0].sheet == "Förklaring");
}

TEST_CASE("follow-up statuses: the user's words come first") {
    mk::sheet words;
    words.name = "statusord";
    words.cells.push_back({0, 0, mk::cell_type::string, "Ord", 0});
    words.cells.push_back({0, 1, mk::cell_type::string, "Status", 0});
    words.cells.push_back({1, 0, mk::cell_type::string, "I mål", 0});
    words.cells.push_back({1, 1, mk::cell_type::string, "done", 0});
    words.cells.push_back({2, 0, mk::cell_type::string, "Grön", 0});
    words.cells.push_back({2, 1, mk::cell_type::string, "Genomfört", 0});
    words.finish();
    mk::workbook words_book;
    words_book.sheets.push_back(words);
    auto mapping = mk::recognize::read_status_mapping(words_book);
    auto result = sheet_builder{}
                      .add({"Nämndmål", "Aktivitet", "Status"})
                      .add({"Avtalstrohet", "Inköpsregler", "I mål"})
                      .add({"Avtalstrohet", "E-handel", ""})
                      .add({"Avtalstrohet", "Mall", "Grön"})
                      .add({})
                      .add({"Grön = Pågår"})
                      .fill("C3", "00B050")
                      .read(&mapping);
    CHECK(reports(result.doc) == std::vector<std::string>{"C2=done", "C3=done", "C4=done"});
    CHECK(result.statuses.by_mapping == 3);
    CHECK(result.statuses.by_legend == 0);
}

TEST_CASE("follow-up statuses: a legend beside the table, past an empty column, holds for the table") {
    auto result = sheet_builder{}
                      .add({"Nämndmål", "Aktivitet", "Status", "", "Teckenförklaring"})
                      .add({"Avtalstrohet", "Inköpsregler", "", "", "", "Klart"})
                      .add({"Avtalstrohet", "E-handel", "", "", "", "Enligt plan"})
                      .add({"Avtalstrohet", "Mall", "Pågår", "Ej i legend"})
                      .fill("C2", "0070C0")
                      .fill("C3", "00B050")
                      .fill("E2", "0070C0")
                      .fill("E3", "00B050")
                      .read();
    CHECK(reports(result.doc) == std::vector<std::string>{"C2=done", "C3=on_track", "C4=on_track"});
    CHECK(result.statuses.assumed == 0);
    REQUIRE(result.legends.size() == 1);
    CHECK(mk::format_range(result.legends[0].cells) == "F2:F3");
    // The table's rows stay what they are: no skipped rows for the legend beside them.
    for (const auto& s : result.skipped) CHECK(s.reason != mk::recognize::skip_reason::legend);
}

TEST_CASE("follow-up statuses: a legend of colours beside their words under the activities, with no heading") {
    auto result = sheet_builder{}
                      .add({"Nämndmål", "Aktivitet", "Status"})
                      .add({"Avtalstrohet", "Inköpsregler", ""})
                      .add({"Avtalstrohet", "E-handel", ""})
                      .add({})
                      .add({"", "Enligt plan"})
                      .add({"", "Avviker"})
                      .add({"* Status per 31 augusti"})
                      .fill("C2", "FFC000")
                      .fill("C3", "00B050")
                      .fill("A5", "FFC000")
                      .fill("A6", "00B050")
                      .read();
    // The legend turns the usual meanings round: amber is on track, green deviates.
    CHECK(reports(result.doc) == std::vector<std::string>{"C2=on_track", "C3=deviates"});
    CHECK(result.doc.goals.size() == 1);
    CHECK(result.doc.activities.size() == 2);
    CHECK(result.statuses.by_legend == 2);
    CHECK(result.statuses.assumed == 0);
    REQUIRE(result.legends.size() == 1);
    CHECK(result.legends[0].rows == std::vector<std::uint32_t>{4, 5});
    CHECK(result.cells.skipped.empty());
}

TEST_CASE("follow-up statuses: a status beside an empty cell of a striped row starts no legend") {
    auto result = sheet_builder{}
                      .add({"Nämndmål", "Aktivitet", "Status"})
                      .add({"Avtalstrohet", "Inköpsregler", "Pågår"})
                      .add({"", "", "Klart"})
                      .add({"Avtalstrohet", "E-handel", "Avviker"})
                      .fill("A3", "C6EFCE")
                      .fill("B3", "C6EFCE")
                      .fill("C3", "C6EFCE")
                      .read();
    REQUIRE(result.doc.activities.size() == 2);
    CHECK(result.doc.activities[1].text == "E-handel");
}

TEST_CASE("follow-up statuses: twenty thousand rows, read on every core, keep their order, places and counts") {
    sheet_builder sheet;
    sheet.add({"Mål", "Åtagande", "Status delår1", "Status bokslut", "Kommentar"});
    for (int i = 0; i < 20000; ++i)
        sheet.add({"Sund ekonomi", "Åtagande " + std::to_string(i), i % 3 == 0 ? "" : "Enligt plan", "Klart",
                   i % 7 == 0 ? "Kommentar " + std::to_string(i) : ""});
    auto result = sheet.read();
    const auto& activities = result.doc.activities;
    REQUIRE(activities.size() == 20000);
    for (int i = 0; i < 20000; ++i) {
        CAPTURE(i);
        const auto& statuses = activities[i].statuses;
        REQUIRE(statuses.size() == 2);
        std::string row = std::to_string(i + 2);
        REQUIRE(statuses[0].source->cell == "C" + row);
        REQUIRE(statuses[0].source->sheet == "Blad1");
        REQUIRE(statuses[0].source->file == "uppfoljning.xlsx");
        REQUIRE(statuses[0].word == (i % 3 == 0 ? "" : "Enligt plan"));
        REQUIRE(statuses[1].source->cell == "D" + row);
        REQUIRE(statuses[1].comment == (i % 7 == 0 ? "Kommentar " + std::to_string(i) : ""));
    }
    CHECK(result.statuses.missing == 6667);
}

TEST_CASE(
    "follow-up statuses: a legend of fills with \"Inte genomfört\" decides the red cells, as with \"Ej genomfört\"") {
    // Found by trying a fresh openpyxl workbook: "Inte genomfört" was no status word, so its
    // legend line was read as a footnote and red was given its assumed meaning.
    for (std::string red_word : {"Ej genomfört", "Inte genomfört", "Inte genomförd"}) {
        CAPTURE(red_word);
        auto result = sheet_builder{}
                          .add({"Mål", "Åtagande", "Status bokslut"})
                          .add({"Trygghet", "Rastvakter", ""})
                          .add({"Trygghet", "Läxhjälp", ""})
                          .add({})
                          .add({"Förklaring"})
                          .add({"", "Klart"})
                          .add({"", red_word})
                          .fill("C2", "00B050")
                          .fill("C3", "FF0000")
                          .fill("A6", "00B050")
                          .fill("A7", "FF0000")
                          .read();
        CHECK(reports(result.doc) == std::vector<std::string>{"C2=done", "C3=deviates"});
        CHECK(result.statuses.by_legend == 2);
        CHECK(result.statuses.assumed == 0);
    }
}
