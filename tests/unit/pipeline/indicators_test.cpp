// The follow-up with indicators of tests/data/indicators (openpyxl's .xlsx and LibreOffice's .ods of
// it, see make.py there): what a person reading it finds, the same from both files.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "src/check/location.hpp"
#include "src/check/targets.hpp"
#include "src/pipeline/check.hpp"
#include "src/pipeline/load.hpp"

using namespace mk;

namespace {

std::string data_file(const std::string& extension) {
    return std::string(MK_SOURCE_DIR) + "/tests/data/indicators/indikatorer-2019." + extension;
}

const model::activity& activity_with(const model::document& doc, const std::string& indicator) {
    auto found = std::find_if(doc.activities.begin(), doc.activities.end(), [&](const model::activity& a) {
        return !a.indicators.empty() && a.indicators.front().name == indicator;
    });
    REQUIRE_MESSAGE(found != doc.activities.end(), indicator);
    return *found;
}

// The indicator's target and its outcomes' labels and texts, one "label=text" each.
std::string read_as(const model::indicator& i) {
    std::string out = i.target.text;
    for (const model::outcome& o : i.outcomes) out += " | " + o.label + "=" + o.value.text;
    return out;
}

}  // namespace

TEST_CASE("indicators: targets, outcomes, whether they are met and the findings, alike in .xlsx and .ods") {
    mk::set_language(mk::language::sv);
    for (const char* extension : {"xlsx", "ods"}) {
        CAPTURE(extension);
        model::document doc = pipeline::load_input(pipeline::file_source(data_file(extension)));
        REQUIRE(std::count_if(doc.activities.begin(), doc.activities.end(),
                              [](const model::activity& a) { return !a.indicators.empty(); }) == 8);

        // "Utveckla samarbete med andra nämnder." reports its share: at least 75 %, last year 70 %,
        // 72 % at delår 1 and 81 % for the year (a number 0.81 shown as a percentage); met.
        const model::activity& first = activity_with(doc, "Andel elever i samverkansprojekt");
        CHECK(first.text == "Utveckla samarbete med andra nämnder.");
        const model::indicator& share = first.indicators.front();
        CHECK(read_as(share) == "≥ 75 % | Utfall föregående år=70 % | Utfall delår 1=72% | Utfall 2019=81 %");
        CHECK(share.target.kind == model::value_kind::percent);
        CHECK(share.target.compare == model::comparison::at_least);
        CHECK(share.target.number == 75);
        CHECK(share.outcomes[0].previous_year);
        CHECK(share.outcomes[1].checkpoint == model::checkpoint::delar_1);
        CHECK(share.outcomes[2].year == 2019);
        CHECK(share.outcomes[2].value.kind == model::value_kind::percent);
        CHECK(share.outcomes[2].value.number == 81);
        CHECK(share.trend == "↑");
        CHECK(check::target_met(share) == true);
        CHECK(check::format_location(*share.target_source) == "Uppföljning 2019!G6");

        // Minst 4 avtal, 3 reached: not met. 90 % (a percent-formatted 0.9), 85 % reached: not met.
        const model::indicator& deals = activity_with(doc, "Antal samarbetsavtal").indicators.front();
        CHECK(read_as(deals) == "minst 4 | Utfall föregående år=2 | Utfall delår 1=3 | Utfall 2019=3");
        CHECK(check::target_met(deals) == false);
        const model::indicator& safe = activity_with(doc, "Andel elever som känner sig trygga").indicators.front();
        CHECK(read_as(safe) == "90 % | Utfall föregående år=88 % | Utfall 2019=85 %");
        CHECK(check::target_met(safe) == false);
        // "Ej mätt" is an outcome in words: nothing to compare.
        const model::indicator& eligible = activity_with(doc, "Andel behöriga till yrkesprogram").indicators.front();
        CHECK(eligible.outcomes.back().value.text == "Ej mätt");
        CHECK(eligible.outcomes.back().value.kind == model::value_kind::text);
        CHECK_FALSE(check::target_met(eligible).has_value());
        // Under 10 gram, 3,5 reached: met.
        const model::indicator& waste = activity_with(doc, "Matsvinn (gram per portion)").indicators.front();
        CHECK(waste.target.compare == model::comparison::below);
        CHECK(waste.outcomes.back().value.number == 3.5);
        CHECK(check::target_met(waste) == true);

        // At year end: two outcomes below target, one target without an outcome, two targets that are
        // no value.
        pipeline::check_request request;
        request.inputs = {pipeline::file_source(data_file(extension))};
        request.as_of = "2019-12-31";
        std::vector<std::string> found;
        for (const model::finding& f : pipeline::check_inputs(request))
            if (f.rule >= "MK027") found.push_back(f.rule + " " + check::format_location(f.location));
        CHECK(found == std::vector<std::string>{"MK027 Uppföljning 2019!J7", "MK027 Uppföljning 2019!J8",
                                                "MK028 Uppföljning 2019!G13", "MK029 Uppföljning 2019!G11",
                                                "MK029 Uppföljning 2019!G12"});
    }
}
