#pragma once
// The rule functions, grouped by family; each file of src/check/ implements one family.
#include "src/check/rule.hpp"

namespace mk::check {

// chain.cpp: goals and their links.
void check_goals_in_chain(const context& ctx, findings& out);
void check_namndmal_without_kf(const context& ctx, findings& out);
void check_goal_without_activity(const context& ctx, findings& out);
void check_activity_under_several_goals(const context& ctx, findings& out);

// status.cpp: status words and their history.
void check_unknown_status(const context& ctx, findings& out);
void check_deviation_without_comment(const context& ctx, findings& out);
void check_status_regression(const context& ctx, findings& out);
void check_missing_status(const context& ctx, findings& out);

// years.cpp: the same activities and goals in two years.
void check_done_last_year(const context& ctx, findings& out);
void check_goal_dropped(const context& ctx, findings& out);

// schedule.cpp: planned quarters and dates.
void check_planned_time_passed(const context& ctx, findings& out);
void check_activity_without_plan(const context& ctx, findings& out);

// indicators.cpp: indicators, their målvärden and outcomes.
void check_outcome_below_target(const context& ctx, findings& out);
void check_target_without_outcome(const context& ctx, findings& out);
void check_value_not_a_value(const context& ctx, findings& out);

// sk.cpp: SK documents.
void check_sk_share_range(const context& ctx, findings& out);
void check_sk_meritvarde(const context& ctx, findings& out);
void check_sk_survey_range(const context& ctx, findings& out);
void check_sk_total_between(const context& ctx, findings& out);
void check_sk_goal_without_measurement(const context& ctx, findings& out);
void check_sk_goal_not_followed_up(const context& ctx, findings& out);
void check_sk_highlighted_ska_without_goal(const context& ctx, findings& out);
void check_sk_placeholder(const context& ctx, findings& out);
void check_sk_number_as_text(const context& ctx, findings& out);

// schools.cpp: the schools file of sk generate.
void check_school_missing_value(const context& ctx, findings& out);
void check_unknown_development_area(const context& ctx, findings& out);
void check_school_twice(const context& ctx, findings& out);

// reading.cpp: what the readers could not take in as expected.
void check_unreadable_file(const context& ctx, findings& out);
void check_not_sk_document(const context& ctx, findings& out);
void check_unexpected_cell(const context& ctx, findings& out);
void check_same_school_twice(const context& ctx, findings& out);
void check_unread_text(const context& ctx, findings& out);

}  // namespace mk::check
