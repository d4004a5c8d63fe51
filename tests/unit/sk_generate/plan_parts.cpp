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

TEST_CASE("issue 14: file names avoid reserved names with an extension, and are cut by bytes, never inside a letter") {
    CHECK(sk::safe_file_name("CON.skolan") == "_CON.skolan");
    CHECK(sk::safe_file_name("Lpt1 ") == "_Lpt1");
    CHECK(sk::safe_file_name("Tab\tskolan\x7f") == "Tab-skolan-");
    CHECK(sk::safe_file_name("Skol\xff"
                             "an") == "Skol-an");
    std::string long_name;
    for (int i = 0; i < 100; ++i) long_name += "ö";
    std::string cut = sk::safe_file_name("x" + long_name);
    CHECK(cut.size() <= sk::max_stem_bytes);
    CHECK(cut.size() == sk::max_stem_bytes - 1);  // "x" and 99 two-byte letters: the 100th would split
}

TEST_CASE("issue 14: one file name per school, unique where case does not count, a collision told apart by the code") {
    std::vector<model::school> schools{{"11111111", "A/B skolan", "", "", {}, {}},
                                       {"22222222", "A:B skolan", "", "", {}, {}},
                                       {"33333333", "Åskolan", "", "", {}, {}},
                                       {"44444444", "åSKOLAN", "", "", {}, {}},
                                       {"", "ÅSKOLAN", "", "", {}, {}},
                                       {"55555555", "A-B skolan (22222222)", "", "", {}, {}}};
    std::vector<const model::school*> pointers;
    for (const auto& s : schools) pointers.push_back(&s);
    auto stems = sk::unique_file_stems(pointers);
    CHECK(stems == std::vector<std::string>{"A-B skolan", "A-B skolan (22222222)", "Åskolan", "åSKOLAN (44444444)",
                                            "ÅSKOLAN (1)", "A-B skolan (22222222) (55555555)"});
    CHECK(sk::file_name_key("Åskolan") == sk::file_name_key("åSKOLAN"));
    // Composed and decomposed Å are one name on macOS.
    CHECK(sk::file_name_key("\xc3\x85") == sk::file_name_key("A\xcc\x8a"));
}

TEST_CASE("replacement across runs with different formatting, all at once") {
    pugi::xml_document doc;
    doc.load_string("<p><r>SKOL</r><r>ANS NA</r><r>MN 2022-2023 och 2023-2024</r></p>");
    std::vector<pugi::xml_node> slots;
    for (auto r : doc.child("p").children()) slots.push_back(r.first_child());
    CHECK(replace_in_slots(
        slots, {{"SKOLANS NAMN", "Ekbackens skola"}, {"2022-2023", "2023-2024"}, {"2023-2024", "2024-2025"}}));
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
