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

// schedule.cpp: planned quarters and dates.
void check_planned_time_passed(const context& ctx, findings& out);
void check_activity_without_plan(const context& ctx, findings& out);

}  // namespace mk::check
