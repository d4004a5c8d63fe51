#include <doctest/doctest.h>

#include <functional>
#include <vector>

#include "sample_document.hpp"
#include "src/core/file_io.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/validate.hpp"
#include "src/normalized/write.hpp"
#include "tests/unit/package/error_code.hpp"

using namespace mk;
using mk::test::error_code;

TEST_CASE("schema: the schema built into the program is schema/malkedja.xsd") {
    CHECK(normalized::schema_xsd == read_input_file(std::string(MK_SOURCE_DIR) + "/schema/malkedja.xsd"));
    CHECK(normalized::schema_xsd.find(std::string("targetNamespace=\"") + std::string(normalized::namespace_uri)) !=
          std::string::npos);
}

TEST_CASE("schema: the writer refuses a model whose output would not validate (typed attributes)") {
    model::document bad_date = sample_document();
    bad_date.metadata.as_of = "31/12/2018";
    CHECK(error_code([&] { normalized::write_normalized(bad_date); }) == "normalized.invalid");
    model::document bad_quarter = sample_document();
    bad_quarter.activities.at(1).planned->quarter = 7;
    CHECK(error_code([&] { normalized::write_normalized(bad_quarter); }) == "normalized.invalid");
    model::document dangling = sample_document();
    dangling.activities.at(0).goal->target = "missing";
    CHECK(error_code([&] { normalized::write_normalized(dangling); }) == "model.dangling_reference");
}

TEST_CASE("schema: whatever the writer writes validates, and what it refuses would not") {
    // Each change breaks one constraint of the schema, or keeps to it at its edge.
    std::vector<std::pair<std::string, std::function<void(model::document&)>>> changes = {
        {"as-of at its edge", [](auto& d) { d.metadata.as_of = "2018-12-31"; }},
        {"as-of short", [](auto& d) { d.metadata.as_of = "2018-1-31"; }},
        {"lasar", [](auto& d) { d.metadata.lasar = "2023/24"; }},
        {"lasar long", [](auto& d) { d.metadata.lasar = "2023/2024"; }},
        {"year low", [](auto& d) { d.metadata.year = 1899; }},
        {"year high", [](auto& d) { d.metadata.year = 2999; }},
        {"quarter 0", [](auto& d) { d.activities.at(1).planned->quarter = 0; }},
        {"quarter 4", [](auto& d) { d.activities.at(1).planned->quarter = 4; }},
        {"status date", [](auto& d) { d.activities.at(0).statuses.at(0).date = "2019-06-3x"; }},
        {"grade 0", [](auto& d) { d.sk_reports.at(0).results.at(0).grade = 0; }},
        {"grade 12", [](auto& d) { d.sk_reports.at(0).results.at(0).grade = 12; }},
        {"grade 13", [](auto& d) { d.sk_reports.at(0).history.at(0).grade = 13; }},
        {"score above 1", [](auto& d) { d.activities.at(0).goal->score = 1.5; }},
        {"two schools, one code", [](auto& d) { d.schools.push_back(d.schools.at(0)); }},
        {"report of an unknown school", [](auto& d) { d.sk_reports.at(0).school = "999"; }},
        {"unknown development area", [](auto& d) { d.schools.at(0).development_areas.push_back("okänt"); }},
        {"two development areas, one key", [](auto& d) { d.development_areas.push_back(d.development_areas.at(0)); }},
        {"highlighted unknown area", [](auto& d) { d.sk_reports.at(0).highlighted_areas.push_back("okänt"); }},
        {"finding without rule", [](auto& d) { d.findings.at(0).rule.clear(); }},
    };
    int refused = 0;
    for (const auto& [what, change] : changes) {
        INFO(what);
        model::document doc = sample_document();
        change(doc);
        std::string xml;
        try {
            xml = normalized::write_normalized(doc);
        } catch (const error& e) {
            ++refused;
            CHECK(e.code() == "normalized.invalid");
            continue;
        }
        CHECK_NOTHROW(normalized::validate_normalized(xml));
    }
    CHECK(refused == 14);
}
