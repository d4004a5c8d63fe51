#pragma once
// Goal texts as people write them: "Short name - description", "Delmål : sub-area", "Title⏎text".
#include <optional>
#include <string>
#include <string_view>

#include "src/model/activity.hpp"

namespace mk::recognize {

struct goal_text {
    std::string name;
    std::string description;
};

// Splits a goal text at the first line break, " - ", " – " or " : "; the whole text is the name
// when there is no such separator. Both parts are trimmed.
goal_text split_goal_text(std::string_view text);

// A planned time: "Q4" / "kv 4" → quarter 4, a text starting with an ISO date of the calendar (white
// space around it ignored) → the date; other text ("2019-02-30", "30 juni 2019") is kept as text.
struct planned_parse {
    int quarter = 0;   // 0 when none
    std::string date;  // ISO, empty when none
};
planned_parse parse_planned(std::string_view text);

// The planned time a cell's text says: the text with spaces squeezed, its quarter and its date as
// parse_planned reads them; nullopt for blank text.
std::optional<model::plan_time> planned_time(std::string_view text);

}  // namespace mk::recognize
