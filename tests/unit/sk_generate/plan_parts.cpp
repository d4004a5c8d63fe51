// The parts of `sk generate`'s fill plans: läsår, stages, file names, text replacement over runs.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "converters/package/fill_text.hpp"
#include "src/sk/file_name.hpp"
#include "src/sk/lasar.hpp"
#include "src/sk/stages.hpp"

using namespace mk;

TEST_CASE("läsår in its written forms") {
    CHECK(sk::parse_lasar("2023/24") == 2023);
    CHECK(sk::parse_lasar("2023/2024") == 2023);
    CHECK(sk::parse_lasar("2023-2024") == 2023);
    CHECK(sk::parse_lasar("2099/00") == 2099);
    CHECK_FALSE(sk::parse_lasar("2023/25"));
    CHECK_FALSE(sk::parse_lasar("23/24"));
    CHECK(sk::latest_lasar_in("Uppföljning 2022-2023\nPlanering 2023-2024") == 2023);
    CHECK_FALSE(sk::latest_lasar_in("telefon 12022-20235"));
}

TEST_CASE("stages cover grades and survey stages") {
    CHECK(sk::covers_grade("F-3", 3));
    CHECK_FALSE(sk::covers_grade("F-3", 6));
    CHECK_FALSE(sk::covers_grade("4-9", 3));
    CHECK(sk::covers_grade("4-9", 9));
    CHECK(sk::covers_stage("F-6", "4-6"));
    CHECK_FALSE(sk::covers_stage("7-9", "4-6"));
    CHECK(sk::covers_stage("4-9", "7-9"));
    CHECK(sk::covers_grade("", 9));
}

TEST_CASE("file names safe on Windows") {
    CHECK(sk::safe_file_name("Ekbackens skola") == "Ekbackens skola");
    CHECK(sk::safe_file_name("A/B: skolan?") == "A-B- skolan-");
    CHECK(sk::safe_file_name("Skola. ") == "Skola");
    CHECK(sk::safe_file_name("con") == "_con");
    CHECK(sk::safe_file_name("") == "namnlös");
}

TEST_CASE("replacement across runs with different formatting, all at once") {
    pugi::xml_document doc;
    doc.load_string("<p><r>SKOL</r><r>ANS NA</r><r>MN 2022-2023 och 2023-2024</r></p>");
    std::vector<pugi::xml_node> slots;
    for (auto r : doc.child("p").children()) slots.push_back(r.first_child());
    CHECK(replace_in_slots(slots, {{"SKOLANS NAMN", "Ekbackens skola"},
                                   {"2022-2023", "2023-2024"},
                                   {"2023-2024", "2024-2025"}}));
    CHECK(std::string(slots[0].value()) == "Ekbackens skola");
    CHECK(std::string(slots[1].value()).empty());
    CHECK(std::string(slots[2].value()) == " 2023-2024 och 2024-2025");
    CHECK_FALSE(replace_in_slots(slots, {{"SAKNAS", "x"}}));
}

TEST_CASE("split {{field}} tags are replaced") {
    pugi::xml_document doc;
    doc.load_string("<p><r>Skola: {{sk</r><r>ola}}.</r></p>");
    std::vector<pugi::xml_node> slots;
    for (auto r : doc.child("p").children()) slots.push_back(r.first_child());
    CHECK(replace_in_slots(slots, {{"{{skola}}", "Almskolan"}}));
    CHECK(std::string(slots[0].value()) + slots[1].value() == "Skola: Almskolan.");
}

TEST_CASE("matching folds case and white space") {
    CHECK(fold_key("MELLERSTA/\nNORDVÄSTRA") == fold_key("Mellersta/Nordvästra"));
    CHECK(contains_all(fold_key("4. RESULTATREDOVISNING ÅK 9"), {"resultatredovisning", "åk 9"}));
    CHECK_FALSE(contains_all(fold_key("4. RESULTATREDOVISNING ÅK 9"), {"resultatredovisning", "åk 3"}));
    CHECK_FALSE(contains_all("x", {}));
}
