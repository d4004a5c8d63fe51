// Indicators (1.2): typed targets, outcomes with their label, year, checkpoint and cell, and trends,
// on goals and activities; written, validated and read back equal. A target as 1.0 and 1.1 wrote
// it (text alone) reads as text.
#include <doctest/doctest.h>

#include "sample_document.hpp"
#include "src/model/stable_ids.hpp"
#include "src/normalized/read.hpp"
#include "src/normalized/validate.hpp"
#include "src/normalized/write.hpp"

using namespace mk;

namespace {

model::source_ref cell(const std::string& ref) {
    model::source_ref place;
    place.file = "indikatorer.xlsx";
    place.sheet = "Uppföljning 2019";
    place.cell = ref;
    return place;
}

model::indicator_value value(std::string text, model::value_kind kind, model::comparison compare,
                             std::optional<double> number) {
    return {std::move(text), kind, compare, number};
}

model::document with_indicators() {
    model::document doc = sample_document();
    model::indicator share;
    share.name = "Andel elever i samverkansprojekt";
    share.target = value("≥ 75 %", model::value_kind::percent, model::comparison::at_least, 75);
    share.target_source = cell("G6");
    share.outcomes.push_back({"Utfall föregående år", std::nullopt, std::nullopt, true,
                              value("70 %", model::value_kind::percent, model::comparison::none, 70), cell("H6")});
    share.outcomes.push_back({"Utfall delår 1", std::nullopt, model::checkpoint::delar_1, false,
                              value("72%", model::value_kind::percent, model::comparison::none, 72), cell("I6")});
    share.outcomes.push_back({"Utfall 2019", 2019, std::nullopt, false,
                              value("3,5", model::value_kind::number, model::comparison::none, 3.5), cell("J6")});
    share.trend = "↑";
    share.source = cell("F6");
    doc.activities.front().indicators.push_back(share);
    model::indicator words;
    words.name = "Deltagare";
    words.target = value("85 %%", model::value_kind::malformed, model::comparison::none, std::nullopt);
    words.outcomes.push_back({"Utfall", std::nullopt, std::nullopt, false,
                              value("Ej mätt", model::value_kind::text, model::comparison::none, std::nullopt),
                              std::nullopt});
    doc.goals.back().indicators.push_back(words);
    return doc;
}

}  // namespace

TEST_CASE("indicators: write, validate, read gives the same typed values, with and without provenance") {
    model::document original = with_indicators();
    model::document expected = original;
    model::assign_stable_ids(expected);
    std::string xml = normalized::write_normalized(original);
    CHECK_NOTHROW(normalized::validate_normalized(xml));
    CHECK(xml.find("<target kind=\"percent\" compare=\"at_least\" number=\"75\">≥ 75 %</target>") != std::string::npos);
    CHECK(xml.find("<outcome label=\"Utfall delår 1\" checkpoint=\"delar_1\" text=\"72%\" kind=\"percent\" "
                   "number=\"72\">") != std::string::npos);
    model::document read = normalized::read_normalized(xml);
    CHECK(read.activities == expected.activities);
    CHECK(read.goals == expected.goals);
    CHECK(normalized::write_normalized(read) == xml);

    std::string bare = normalized::write_normalized(original, {.provenance = false});
    CHECK_NOTHROW(normalized::validate_normalized(bare));
    CHECK(bare.find("target-source") == std::string::npos);
    CHECK(normalized::read_normalized(bare).activities.front().indicators.front().outcomes.size() == 3);
}

TEST_CASE("indicators: a target written as text alone, as in 1.0 and 1.1, reads as text as written") {
    model::document doc = sample_document();
    std::string xml = normalized::write_normalized(doc);
    REQUIRE(xml.find("<target>minst 85</target>") != std::string::npos);
    const model::document read = normalized::read_normalized(xml);
    const model::indicator& i = read.goals.at(1).indicators.at(0);
    CHECK(i.target.text == "minst 85");
    CHECK(i.target.kind == model::value_kind::text);
    CHECK_FALSE(i.target.number.has_value());
    CHECK(i.outcomes.empty());
}
