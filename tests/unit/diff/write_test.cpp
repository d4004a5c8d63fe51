// The outputs of diff: the text names every change, the workbook has one sheet per kind of change,
// the document marks changed rows, and the JSON counts the changes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "src/diff/tables.hpp"
#include "src/diff/write.hpp"

namespace {

using namespace mk;

diff::changes one_of_each() {
    diff::changes c;
    diff::goal_diff reworded;
    reworded.level = model::level::namnd;
    reworded.before = diff::goal_side{"g1", "Ekonomi i balans", ""};
    reworded.after = diff::goal_side{"g2", "En ekonomi i balans", ""};
    reworded.reworded = true;
    reworded.score = 0.8;
    reworded.key = "g2";
    c.goals.push_back(reworded);
    diff::goal_diff dropped;
    dropped.level = model::level::kf;
    dropped.before = diff::goal_side{"g3", "Sund ekonomi", ""};
    dropped.key = "-g3";
    c.goals.push_back(dropped);
    diff::activity_diff added;
    added.after = diff::activity_side{"a1", "Ny aktivitet", "", "En ekonomi i balans", std::nullopt, ""};
    added.key = "a1";
    added.anchor = "g2";
    c.activities.push_back(added);
    return c;
}

}  // namespace

TEST_CASE("diff outputs: the text lists each change and the count") {
    std::string text = diff::changes_text(one_of_each(), {"a.xlsx", "b.xlsx"});
    CHECK(text.find("Ekonomi i balans | En ekonomi i balans | 80 %") != std::string::npos);
    CHECK(text.find("Borttagna mål (1)") != std::string::npos);
    CHECK(text.find("Nya aktiviteter (1)") != std::string::npos);
    CHECK(text.find("3 ändringar.") != std::string::npos);
    CHECK(diff::changes_text({}, {"a", "b"}).find("Inga ändringar.") != std::string::npos);
}

TEST_CASE("diff outputs: the workbook has a summary and one sheet per kind of change") {
    workbook book = diff::changes_workbook(one_of_each(), {"a.xlsx", "b.xlsx"});
    CHECK(book.sheets.size() == 1 + diff::change_tables({}).size());
    CHECK(book.sheets[0].name == "Sammanfattning");
    CHECK(book.sheets[1].name == "Omformulerade mål");
    // The similarity is a number shown as a percentage, as shares are in the reports.
    book.sheets[1].finish();
    const cell* similarity = book.sheets[1].find(1, 3);
    REQUIRE(similarity);
    CHECK(similarity->type == cell_type::number);
    CHECK(similarity->number == 0.8);
    CHECK(book.styles.at(similarity->style).percent);
}

TEST_CASE("diff outputs: the document shows both trees side by side with changed rows shaded") {
    document doc = diff::changes_document(one_of_each(), {"a.xlsx", "b.xlsx"});
    const block* table = nullptr;
    for (const block& b : doc.blocks)
        if (b.kind == block_kind::table) table = &b;
    REQUIRE(table);
    REQUIRE(table->rows.size() == 4);  // header, the reworded goal, its new activity, the dropped KF goal
    CHECK(cell_text(table->rows[1].cells[0]) == "Nämndmål: Ekonomi i balans");
    CHECK(table->rows[1].cells[0].shading == "FFEB9C");
    CHECK(table->rows[2].cells[2].shading == "C6EFCE");
    CHECK(table->rows[3].cells[0].shading == "FFC7CE");
    CHECK(cell_text(table->rows[3].cells[2]).empty());
}

TEST_CASE("diff outputs: the JSON parses and counts the changes") {
    auto j = nlohmann::json::parse(diff::changes_json(one_of_each(), {"a.xlsx", "b.xlsx"}));
    CHECK(j["changes"] == 3);
    CHECK(j["goals"][0]["change"] == "changed");
    CHECK(j["goals"][0]["reworded"] == true);
    CHECK(j["goals"][1]["change"] == "dropped");
    CHECK(j["activities"][0]["change"] == "new");
}

TEST_CASE("diff outputs: the document shows an activity whose goal is unknown at the top of the trees") {
    diff::changes c;
    diff::activity_diff lone;
    lone.before = diff::activity_side{"a1", "Utan mål", "", "", std::nullopt, ""};
    lone.key = "-a1";
    lone.anchor = "-g-saknas";
    c.activities.push_back(lone);
    document doc = diff::changes_document(c, {"a.xlsx", "b.xlsx"});
    const block* table = nullptr;
    for (const block& b : doc.blocks)
        if (b.kind == block_kind::table) table = &b;
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(cell_text(table->rows[1].cells[0]) == "• Utan mål");
}
