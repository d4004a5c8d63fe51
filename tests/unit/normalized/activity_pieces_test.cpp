#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sample_document.hpp"
#include "src/core/error.hpp"
#include "src/normalized/validate.hpp"
#include "src/normalized/write.hpp"

using namespace mk;

namespace {

// The sample's chain with `count` activities, each a copy of one of the sample's with a text of
// its own (so that its stable id does not depend on the others).
model::document with_activities(std::size_t count) {
    model::document doc = sample_document();
    doc.findings.clear();  // they name the sample's activities by id
    std::vector<model::activity> samples = doc.activities;
    doc.activities.clear();
    for (std::size_t i = 0; i < count; ++i) {
        model::activity a = samples[i % samples.size()];
        a.id = "a" + std::to_string(i);
        a.text += " " + std::to_string(i);
        doc.activities.push_back(std::move(a));
    }
    return doc;
}

// What the writer gives for the activities element's content of doc.
std::string activities_content(const std::string& xml) {
    std::string open = "<activities>\n", close = "  </activities>\n";
    std::size_t begin = xml.find(open) + open.size();
    return xml.substr(begin, xml.find(close) - begin);
}

}  // namespace

TEST_CASE("activity pieces: many activities, written in pieces on every core, give the bytes of each written alone") {
    const std::size_t count = 1000;  // several pieces of activities
    model::document doc = with_activities(count);
    std::string xml = normalized::write_normalized(doc);
    CHECK_NOTHROW(normalized::validate_normalized(xml));

    std::string expected;
    for (std::size_t i = 0; i < count; ++i) {
        model::document alone = doc;
        alone.activities = {doc.activities[i]};
        expected += activities_content(normalized::write_normalized(alone));
    }
    CHECK(activities_content(xml) == expected);
    model::document none = doc;
    none.activities.clear();
    std::string without = normalized::write_normalized(none);
    CHECK(xml.substr(0, xml.find("  <activities>")) == without.substr(0, xml.find("  <activities>")));
}

TEST_CASE("activity pieces: a value the schema refuses in a late piece is refused as when written alone") {
    model::document doc = with_activities(1000);
    doc.activities[900].planned = model::plan_time{"Q7", 7, ""};
    model::document alone = doc;
    alone.activities = {doc.activities[900]};
    std::string expected;
    try {
        normalized::write_normalized(alone);
    } catch (const error& e) {
        expected = e.what();
    }
    REQUIRE(!expected.empty());
    std::vector<std::string> pieces;
    CHECK_THROWS_WITH_AS(normalized::write_normalized(doc, {}, [&](std::string_view p) { pieces.emplace_back(p); }),
                         expected.c_str(), error);
}
