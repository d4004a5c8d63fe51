// Units and years that several files say: files of two years stay two years, one file per school
// gives each activity its school.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "src/pipeline/load.hpp"

namespace {

std::string variant(const std::string& name) { return std::string(MK_SOURCE_DIR) + "/tests/data/variants/" + name; }

}  // namespace

TEST_CASE("dimensions: two files of two years keep each activity once per year, and say so") {
    auto loaded = mk::pipeline::load_inputs({variant("uppfoljning-2018.xlsx"), variant("uppfoljning-2019.ods")}, {});
    std::map<int, int> years;
    for (const auto& a : loaded.doc.activities) ++years[a.year.value_or(0)];
    CHECK(years == std::map<int, int>{{2018, 3}, {2019, 3}});
    CHECK(loaded.doc.goals.size() == 2);
    const auto& guesses = loaded.doc.metadata.assumptions;
    REQUIRE(guesses.size() == 2);
    CHECK(guesses[0].kind == mk::model::assumption_kind::year_from_file);
    CHECK(guesses[0].about == "2018");
    CHECK(guesses[1].about == "2019");
}

TEST_CASE("dimensions: one file per school of one year gives each activity its school from the file's name") {
    auto loaded =
        mk::pipeline::load_inputs({variant("uppfoljning-skola-a.xlsx"), variant("uppfoljning-skola-b.ods")}, {});
    std::map<std::string, int> units;
    for (const auto& a : loaded.doc.activities) ++units[a.unit];
    CHECK(units == std::map<std::string, int>{{"skola-a", 3}, {"skola-b", 3}});
    for (const auto& a : loaded.doc.activities) CHECK_FALSE(a.year);
    const auto& guesses = loaded.doc.metadata.assumptions;
    REQUIRE(guesses.size() == 2);
    CHECK(guesses[0].kind == mk::model::assumption_kind::unit_from_file);
    CHECK(guesses[0].about == "skola-a");
    CHECK(guesses[1].about == "skola-b");
}

TEST_CASE("dimensions: one file twice in two formats names no unit") {
    auto loaded = mk::pipeline::load_inputs({variant("uppfoljning-2019.xlsx"), variant("uppfoljning-2019.ods")}, {});
    for (const auto& a : loaded.doc.activities) CHECK(a.unit.empty());
    CHECK(loaded.doc.metadata.assumptions.empty());
}

TEST_CASE("dimensions: --enhet fil gives each activity its file's name, also one file alone") {
    mk::pipeline::load_options options;
    options.units.from = mk::recognize::unit_rule::source::file;
    auto alone = mk::pipeline::load_inputs({variant("uppfoljning-2019.xlsx")}, options);
    for (const auto& a : alone.doc.activities) CHECK(a.unit == "uppfoljning-2019");
    auto twins =
        mk::pipeline::load_inputs({variant("uppfoljning-2019.xlsx"), variant("uppfoljning-2019.ods")}, options);
    for (const auto& a : twins.doc.activities) CHECK(a.unit == "uppfoljning-2019");
}
