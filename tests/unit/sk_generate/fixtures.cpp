// `sk generate` on the fixtures: the schools and results files, and the filled template.
#include <doctest/doctest.h>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/registry.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/schools.hpp"
#include "src/sk/plan.hpp"

using namespace mk;

namespace {

std::string fixture(const std::string& path) { return std::string(MK_FIXTURES) + "/" + path; }

const model::school& school_named(const std::vector<model::school>& schools, const std::string& name) {
    for (const auto& s : schools)
        if (s.name == name) return s;
    FAIL("no school " << name);
    return schools.front();
}

sk::plan_inputs inputs() {
    sk::plan_inputs in;
    in.chain = pipeline::load_inputs({fixture("sk/sk-mall-2023-2024.docx")}, {}).doc;
    auto schools = recognize::read_schools(read_workbook(read_input_file(fixture("skolor/skolor.xlsx")), "skolor"));
    in.chain.schools = schools.schools;
    in.development_areas = schools.development_areas;
    in.survey = recognize::read_survey_results(
        read_workbook(read_input_file(fixture("resultat/normer-varden-2023.xlsx")), "normer-varden-2023"));
    in.lasar = 2024;
    in.template_lasar = 2023;
    return in;
}

}  // namespace

TEST_CASE("schools file: 12 schools, 13 development areas, the CSV twin the same schools") {
    auto book = recognize::read_schools(read_workbook(read_input_file(fixture("skolor/skolor.xlsx")), "skolor"));
    REQUIRE(book.schools.size() == 12);
    CHECK(book.development_areas.size() == 13);
    CHECK(school_named(book.schools, "Lönnskolan").code == "05719246");
    CHECK(school_named(book.schools, "Exempelskolan").development_areas.size() == 5);
    CHECK(school_named(book.schools, "Aspviksskolan").development_areas.empty());
    auto csv = recognize::read_schools(read_workbook(read_input_file(fixture("skolor/skolor.csv")), "skolor"));
    REQUIRE(csv.schools.size() == 12);
    for (std::size_t i = 0; i < 12; ++i) {
        CHECK(csv.schools[i].code == book.schools[i].code);
        CHECK(csv.schools[i].development_areas == book.schools[i].development_areas);
    }
}

TEST_CASE("results file: 23 school rows and 9 aggregate rows, one empty value") {
    auto rows = recognize::read_survey_results(
        read_workbook(read_input_file(fixture("resultat/normer-varden-2023.xlsx")), "normer-varden-2023"));
    std::size_t schools = 0, aggregates = 0, empty = 0;
    for (const auto& row : rows) {
        (row.code.empty() ? aggregates : schools)++;
        for (const auto& [index, value] : row.values) empty += value.empty();
    }
    CHECK(schools == 23);
    CHECK(aggregates == 9);
    CHECK(empty == 1);
}

TEST_CASE("a later läsår: years shifted once, an F-3 school's plan drops ÅK 6 and 9") {
    auto in = inputs();
    const auto& school = school_named(in.chain.schools, "Ekbackens skola");
    auto plan = sk::plan_for_school(in, school, {}, false);
    CHECK(plan.update_fields);
    for (auto format : {"docx", "odt"}) {
        auto bytes = read_input_file(fixture(std::string("sk/sk-mall-2023-2024.") + format));
        auto filled = std::string(format) == "docx" ? fill_docx(bytes, plan) : fill_odt(bytes, plan);
        auto text = dump_document(read_document(filled));
        CHECK(text.find("SKOLANS NAMN") == std::string::npos);
        CHECK(text.find("\"Ekbackens skola\"") != std::string::npos);
        CHECK(text.find("Planering 2024-2025") != std::string::npos);
        CHECK(text.find("Uppföljning 2023-2024") != std::string::npos);
        CHECK(text.find("2022-2023") == std::string::npos);
        CHECK(text.find("RESULTATREDOVISNING ÅK 9") == std::string::npos);
        CHECK(text.find("ÅK 6 - RESULTATREDOVISNING") == std::string::npos);
        CHECK(text.find("RESULTATREDOVISNING ÅK 3") != std::string::npos);
        CHECK(text.find("heading 2 \"ÅK 7-9\"") == std::string::npos);
    }
}

TEST_CASE("--update keeps what the school wrote and sets the values again") {
    auto in = inputs();
    in.lasar = 2023;
    const auto& school = school_named(in.chain.schools, "Exempelskolan");
    auto bytes = read_input_file(fixture("sk/exempelskolan-ifylld-2023.docx"));
    auto before = dump_document(read_document(bytes));
    auto after = dump_document(read_document(fill_docx(bytes, sk::plan_for_school(in, school, {}, true))));
    for (std::string kept : {"Öka elevernas upplevelse av studiero.", "Arbeta för att minska sjukfrånvaron. (SKA)"}) {
        CHECK(before.find(kept) != std::string::npos);
        CHECK(after.find(kept) != std::string::npos);
    }
}
