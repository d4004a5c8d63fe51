#pragma once
// Minimal follow-up models for the rule tests, built in C++: goals and activities of one sheet
// "Blad1" of the file "uppfoljning.xlsx", with their places.
#include <optional>
#include <string>

#include "src/check/rule.hpp"

#include "src/model/document.hpp"

namespace check_test {

// The place "Blad1!<ref>" of the test file.
mk::model::source_ref cell(const std::string& ref);

// Adds a goal (text, name and place) under parent_id (empty: at the top); returns its id.
std::string add_goal(mk::model::document& doc, const std::string& text, const std::string& ref,
                     mk::model::level level = mk::model::level::namnd, const std::string& parent_id = "");

// Adds an activity under goal_id at ref, planned for quarter (0: no planned time); the reference
// holds until the next activity is added.
mk::model::activity& add_activity(mk::model::document& doc, const std::string& goal_id, const std::string& text,
                                  const std::string& ref, int quarter = 4);

// Adds a status report (word as written, its canonical value) at ref.
void add_status(mk::model::activity& a, mk::model::checkpoint checkpoint, const std::string& word,
                const std::string& ref, const std::string& comment = "");

// A model to check: the document, the chain it is checked against (none: itself) and the date.
struct scenario {
    mk::model::document doc;
    std::optional<mk::model::document> chain;
    std::string as_of;

    // Every rule's findings.
    mk::check::findings run_all() const;
};

// One goal (A2) with one activity "Utveckla samarbete med andra nämnder" (B2, planned Q4) that is
// going on ("Pågående", D2), in 2019.
scenario base(const std::string& goal = "Likvärdiga möjligheter");

}  // namespace check_test
