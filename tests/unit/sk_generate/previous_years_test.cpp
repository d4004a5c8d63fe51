// Last year's documents for `sk generate --previous`: which school each is about, and which of two
// of one school counts; the filled fixture, its title and läsår changed in the read document.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/sk/document_facts.hpp"
#include "src/sk/previous_years.hpp"

using namespace mk;

namespace {

std::string fixture(const std::string& path) { return std::string(MK_FIXTURES) + "/" + path; }

model::school school(std::string name) {
    model::school s;
    s.code = name;
    s.name = std::move(name);
    return s;
}

// The filled fixture with its title and its planning subtitle ("Planering 2023-2024") replaced.
document filled(const std::string& title, const std::string& planning) {
    document doc = read_document(read_input_file(fixture("sk/exempelskolan-ifylld-2023.docx")));
    for (block& b : doc.blocks) {
        if (b.style == "Title") b.text = title;
        if (b.style == "Subtitle" && b.text.starts_with("Planering")) b.text = planning;
    }
    return doc;
}

}  // namespace

TEST_CASE("sk generate --previous: a title with more than the school's name names the longest school it holds") {
    std::vector<model::school> schools{school("Exempelskolan"), school("Exempelskolan Norra"), school("Ängsskolan")};
    sk::previous_years years;
    sk::add_previous_document(years, filled("Exempelskolan Norra – SK-dokument", "Planering 2023-2024"), "norra.docx",
                              schools);
    CHECK(years.about_no_school.empty());
    CHECK(sk::previous_of(years, schools[1]).file == "norra.docx");
    CHECK_FALSE(sk::previous_of(years, schools[1]).goals.empty());
    CHECK(sk::previous_of(years, schools[0]).goals.empty());
}

TEST_CASE("sk generate --previous: a document about no school of the schools file is named, not dropped unsaid") {
    std::vector<model::school> schools{school("Ängsskolan")};
    sk::previous_years years;
    sk::add_previous_document(years, filled("Exempelskolan", "Planering 2023-2024"), "exempel.docx", schools);
    sk::add_previous_document(years, read_document(read_input_file(fixture("sk/sk-mall-2023-2024.docx"))), "mall.docx",
                              schools);
    CHECK(years.by_school.empty());
    CHECK(years.about_no_school == std::vector<std::string>{"exempel.docx", "mall.docx"});
}

TEST_CASE("sk generate --previous: of two documents of one school, the later läsår's goals count, not both") {
    std::vector<model::school> schools{school("Exempelskolan")};
    for (bool later_first : {false, true}) {
        CAPTURE(later_first);
        sk::previous_years years;
        document older = filled("Exempelskolan", "Planering 2022-2023");
        document later = filled("Exempelskolan", "Planering 2023-2024");
        if (later_first) {
            sk::add_previous_document(years, later, "2023.docx", schools);
            sk::add_previous_document(years, older, "2022.docx", schools);
        } else {
            sk::add_previous_document(years, older, "2022.docx", schools);
            sk::add_previous_document(years, later, "2023.docx", schools);
        }
        const sk::previous_year& used = sk::previous_of(years, schools[0]);
        CHECK(used.file == "2023.docx");
        CHECK(used.goals.size() == 5);
        REQUIRE(years.passed_over.size() == 1);
        CHECK(years.passed_over[0].first == "2022.docx");
    }
}

TEST_CASE("sk generate: --update and --previous find a document's school alike, case and dashes folded") {
    std::vector<model::school> schools{school("Exempelskolan"), school("Exempelskolan Norra"), school("Ängsskolan")};
    CHECK(sk::school_named_in(schools, "SK-DOKUMENT – ÄNGSSKOLAN") == &schools[2]);
    CHECK(sk::school_named_in(schools, "exempelskolan-norra, läsåret 2023/24") == &schools[1]);
    CHECK(sk::school_named_in(schools, "Exempel skolan") == nullptr);
    sk::previous_years years;
    sk::add_previous_document(years, filled("SK-DOKUMENT ÄNGSSKOLAN", "Planering 2023-2024"), "angs.docx", schools);
    CHECK(sk::previous_of(years, schools[2]).file == "angs.docx");
}
