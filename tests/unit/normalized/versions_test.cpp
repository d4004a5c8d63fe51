// Minor versions of the schema: a document of an earlier 1.x version reads as it did.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "sample_document.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/read.hpp"
#include "src/normalized/write.hpp"

using namespace mk;

namespace {

std::string golden_text(const std::string& name) {
    std::ifstream in(std::string(MK_SOURCE_DIR) + "/tests/golden/normalized/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// xml with the root's version attribute (after the namespace) changed from one version to another.
std::string with_version(std::string xml, std::string_view from, std::string_view to) {
    std::string attribute = "normalized:1\" version=\"" + std::string(from) + "\"";
    auto at = xml.find(attribute);
    REQUIRE(at != std::string::npos);
    return xml.replace(at, attribute.size(), "normalized:1\" version=\"" + std::string(to) + "\"");
}

}  // namespace

TEST_CASE(
    "schema versions: a document version 1.0, 1.1 or 1.2 wrote reads as it did, and is written again as the newest") {
    // sample-1.0.xml, sample-1.1.xml and sample-1.2.xml are the sample document as malkedja wrote it
    // in those versions; they are never rewritten.
    for (std::string old_version : {"1.0", "1.1", "1.2"}) {
        CAPTURE(old_version);
        std::string old = golden_text("sample-" + old_version + ".xml");
        std::string again = normalized::write_normalized(normalized::read_normalized(old));
        CHECK(again == with_version(old, old_version, normalized::version));
    }
}

TEST_CASE("schema versions: 1.3 writes a kept percentage as its fraction, and reads it back") {
    CHECK(normalized::version == "1.3");
    std::string xml = normalized::write_normalized(sample_document());
    CHECK(xml.find("<field name=\"Andel klar\" type=\"percent\">0.85</field>") != std::string::npos);
    model::document back = normalized::read_normalized(xml);
    CHECK(back.activities.back().extras.back() == model::extra_field{"Andel klar", "0.85", model::value_type::percent});
}

TEST_CASE("schema versions: 1.2 writes notes, units, years and kept fields of every type, and reads them back") {
    std::string xml = normalized::write_normalized(sample_document());
    CHECK(xml.find("link=\"structure\" unit=\"Skolområde Öst\" year=\"2019\">") != std::string::npos);
    CHECK(xml.find("<field name=\"Budget (tkr)\" type=\"number\">120.5</field>") != std::string::npos);
    CHECK(xml.find("<notes>") != std::string::npos);
    model::document back = normalized::read_normalized(xml);
    CHECK(back.activities.back().extras == sample_document().activities.back().extras);
    CHECK(back.activities.back().unit == "Skolområde Öst");
    CHECK(back.activities.back().year == 2019);
    CHECK(back.goals.front().extras.size() == 1);
    REQUIRE(back.notes.size() == 1);
    CHECK(back.notes.front().source->cell == "A44");
}

TEST_CASE("schema versions: 1.1 writes partly, assumed lights and empty status cells, and reads them back") {
    std::string xml = normalized::write_normalized(sample_document());
    CHECK(xml.find("word=\"Delvis uppfyllt\" value=\"partly\"") != std::string::npos);
    CHECK(xml.find("word=\"#FF0000\" value=\"deviates\" assumed=\"true\"") != std::string::npos);
    CHECK(xml.find("<status checkpoint=\"delar_2\" label=\"Status delår2*\" value=\"unknown\">") != std::string::npos);
    model::document back = normalized::read_normalized(xml);
    const model::activity& a = back.activities[back.activities.size() - 2];
    REQUIRE(a.statuses.size() == 3);
    CHECK(a.statuses[0].assumed);
    CHECK(a.statuses[1].word.empty());
    CHECK(a.statuses[2].value == model::status::partly);
}
