// The words users read for each goal level, the same in every report, summary and comparison.
#include <doctest/doctest.h>

#include "src/core/message.hpp"
#include "src/report/level_names.hpp"

namespace mk::test {

TEST_CASE("level names: a title and a short name for every level, in Swedish and English") {
    using model::level;
    CHECK(report::level_title(level::kf) == "KF-mål");
    CHECK(report::level_title(level::forvaltning) == "Förvaltningens mål");
    CHECK(report::level_short_name(level::namnd) == "nämnd");
    set_language(language::en);
    CHECK(report::level_title(level::kf) == "Council goals");
    CHECK(report::level_title(level::enhet) == "Unit goals");
    CHECK(report::level_short_name(level::medarbetare) == "staff");
    // The report to the nämnd (its goal tree) is Swedish whatever the language of messages.
    CHECK(report::level_title_sv(level::namnd) == "Nämndmål");
    set_language(language::sv);
    for (level l : {level::kf, level::namnd, level::forvaltning, level::enhet, level::medarbetare}) {
        CHECK_FALSE(report::level_title(l).empty());
        CHECK_FALSE(report::level_short_name(l).empty());
    }
}

}  // namespace mk::test
