// Reports show each status as the light of its canonical value with the word as written, and the
// detail sheet reads back as the same statuses: words a legend defined, colours, empty cells.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture_reports.hpp"
#include "src/normalized/write.hpp"
#include "src/recognize/follow_up.hpp"
#include "src/report/json.hpp"
#include "src/report/lights.hpp"
#include "src/report/report.hpp"

namespace {

// A follow-up read from a sheet whose statuses are a symbol a legend defines, a red fill, a light
// word, a goal evaluation and an empty cell.
mk::model::document follow_up() {
    mk::sheet s;
    s.name = "Blad1";
    auto text = [&](std::uint32_t row, std::uint32_t col, const char* value) {
        s.cells.push_back({row, col, mk::cell_type::string, value, 0});
    };
    text(0, 0, "Nämndmål");
    text(0, 1, "Aktivitet");
    text(0, 2, "Status");
    const char* activities[] = {"Inköpsregler", "E-handel", "Avtal", "Lokaler", "Budget"};
    for (std::uint32_t row = 1; row <= 5; ++row) {
        text(row, 0, "Avtalstrohet");
        text(row, 1, activities[row - 1]);
    }
    text(1, 2, "●");
    s.fills.push_back({{2, 2, 2, 2}, "FF0000"});
    text(3, 2, "Grön");
    text(4, 2, "Delvis uppfyllt");
    text(7, 0, "● = Genomfört");
    s.finish();
    mk::workbook book;
    book.sheets.push_back(s);
    return mk::recognize::recognise_follow_up(book, "uppfoljning.xlsx").doc;
}

std::string canonical(const mk::model::document& doc) {
    mk::normalized::write_options options;
    options.provenance = false;
    return mk::normalized::write_normalized(doc, options);
}

}  // namespace

TEST_CASE("status lights: the light of the canonical status beside the word as written") {
    mk::model::document doc = follow_up();
    const auto& a = doc.activities;
    REQUIRE(a.size() == 5);
    CHECK(mk::report::light_and_word(a[0].statuses[0]) == "Grön – ●");
    CHECK(mk::report::light_and_word(a[1].statuses[0]) == "Röd – #FF0000");
    CHECK(mk::report::light_and_word(a[2].statuses[0]) == "Grön");
    CHECK(mk::report::light_and_word(a[3].statuses[0]) == "Gul – Delvis uppfyllt");
    CHECK(mk::report::light_fill(mk::model::status::partly) == "FFEB9C");
    CHECK(mk::report::status_name(mk::model::status::partly) == "Delvis uppfyllt");
    mk::model::status_report unknown;
    unknown.word = "Pågånde";
    CHECK(mk::report::light_and_word(unknown) == "Pågånde");
}

TEST_CASE("status lights: the document report's status cells, and the json report's light and assumption") {
    mk::model::document doc = follow_up();
    mk::document report = mk::report::build_report_document(doc, {}, {});
    std::vector<std::string> cells;
    for (const mk::block& b : report.blocks)
        for (const mk::table_row& row : b.rows)
            for (const mk::table_cell& c : row.cells)
                if (!c.blocks.empty() && c.blocks[0].text.find(" – ") != std::string::npos)
                    cells.push_back(c.blocks[0].text + " " + c.shading);
    CHECK(cells == std::vector<std::string>{"Grön – ● C6EFCE", "Röd – #FF0000 FFC7CE", "Gul – Delvis uppfyllt FFEB9C"});
    auto json = nlohmann::ordered_json::parse(mk::report::write_report_json(doc, {}, {}));
    const auto& red = json["activities"][1]["statuses"][0];
    CHECK(red["word"] == "#FF0000");
    CHECK(red["light"] == "red");
    CHECK(red["assumed"] == true);
    CHECK(json["activities"][4]["statuses"][0]["light"].is_null());
}

TEST_CASE("status lights: the detail sheet explains the words a legend defined and reads back the same") {
    mk::model::document doc = follow_up();
    mk::workbook book = mk::report::build_detail_workbook(doc, {});
    const mk::sheet& detail = book.sheets.front();
    std::uint32_t legend = report_test::row_with(detail, "Teckenförklaring:");
    CHECK(report_test::row_texts(detail, legend + 1) == std::vector<std::string>{"● = Genomfört"});
    CHECK(report_test::row_texts(detail, legend + 2).empty());
    CHECK(canonical(mk::recognize::recognise_follow_up(book, "rapport.xlsx").doc) == canonical(doc));
}

TEST_CASE("status lights: an activity without a status in a column gets a dash, which reads back as none") {
    mk::model::document doc = follow_up();
    doc.activities[4].statuses.clear();
    mk::workbook book = mk::report::build_detail_workbook(doc, {});
    const mk::sheet& detail = book.sheets.front();
    std::uint32_t budget = report_test::row_with(detail, "Avtalstrohet") + 4;
    CHECK(report_test::row_texts(detail, budget).back() == "–");
    CHECK(canonical(mk::recognize::recognise_follow_up(book, "rapport.xlsx").doc) == canonical(doc));
}

TEST_CASE("status lights: the legend lists a word once for each meaning it has, in the order they come") {
    mk::model::document doc = follow_up();
    // The symbol again on the last row, where another legend (another input file) made it a deviation.
    mk::model::status_report deviates = doc.activities[0].statuses.front();
    deviates.value = mk::model::status::deviates;
    doc.activities[4].statuses = {deviates};
    doc.activities[3].statuses.push_back(doc.activities[0].statuses.front());
    mk::workbook book = mk::report::build_detail_workbook(doc, {});
    const mk::sheet& detail = book.sheets.front();
    std::uint32_t legend = report_test::row_with(detail, "Teckenförklaring:");
    CHECK(report_test::row_texts(detail, legend + 1) == std::vector<std::string>{"● = Genomfört"});
    CHECK(report_test::row_texts(detail, legend + 2) == std::vector<std::string>{"● = Avviker"});
    CHECK(report_test::row_texts(detail, legend + 3).empty());
}
