#include <doctest/doctest.h>

#include "golden.hpp"
#include "sample_document.hpp"
#include "src/model/stable_ids.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/read.hpp"
#include "src/normalized/validate.hpp"
#include "src/normalized/write.hpp"

using namespace mk;

TEST_CASE("write, validate, read gives the same model, and writing it again the same bytes") {
    model::document original = sample_document();
    std::string xml = normalized::write_normalized(original);
    CHECK_NOTHROW(normalized::validate_normalized(xml));

    model::document read = normalized::read_normalized(xml);
    model::document expected = original;
    model::assign_stable_ids(expected);
    CHECK(read.metadata == expected.metadata);
    CHECK(read.vision == expected.vision);
    CHECK(read.goals == expected.goals);
    CHECK(read.activities == expected.activities);
    CHECK(read.development_areas == expected.development_areas);
    CHECK(read.schools == expected.schools);
    CHECK(read.sk_reports == expected.sk_reports);
    CHECK(read.findings == expected.findings);
    CHECK(read == expected);

    CHECK(normalized::write_normalized(read) == xml);
}

TEST_CASE("canonical bytes match the golden files") {
    model::document doc = sample_document();
    check_golden("normalized/sample.xml", normalized::write_normalized(doc));
    check_golden("normalized/sample-no-provenance.xml", normalized::write_normalized(doc, {.provenance = false}));
}

TEST_CASE("the same content gives the same bytes whatever ids the model had") {
    model::document doc = sample_document();
    model::document renamed = doc;
    renamed.goals[0].id = "renamed";
    for (model::goal& g : renamed.goals)
        if (g.parent && g.parent->target == "kf-utbildning") g.parent->target = "renamed";
    CHECK(normalized::write_normalized(renamed) == normalized::write_normalized(doc));
}

TEST_CASE("ids already stable are written as they are, not computed again") {
    model::document doc = sample_document();
    model::document stable = doc;
    model::assign_stable_ids(stable);
    CHECK(normalized::write_normalized(stable, {.ids_stable = true}) == normalized::write_normalized(doc));
    // The writer trusts the flag: ids that are not stable stay as the model has them.
    CHECK(normalized::write_normalized(doc, {.ids_stable = true}).find("id=\"kf-utbildning\"") != std::string::npos);
    CHECK(normalized::write_normalized(doc).find("id=\"kf-utbildning\"") == std::string::npos);
}

TEST_CASE("an empty document is valid and round-trips") {
    model::document empty;
    std::string xml = normalized::write_normalized(empty);
    CHECK(xml ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<malkedja xmlns=\"urn:x-malkedja:normalized:1\" version=\"" +
              std::string(normalized::version) +
              "\">\n"
              "  <metadata kind=\"follow_up\"/>\n"
              "</malkedja>\n");
    CHECK(normalized::read_normalized(xml) == empty);
}
