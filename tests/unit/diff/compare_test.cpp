// The comparison of two years of the goal chain: each kind of change found on small models, and
// nothing else; the same chain twice is no change.
#include <doctest/doctest.h>

#include <algorithm>

#include "src/diff/changes.hpp"

namespace {

using namespace mk;

model::goal goal(std::string id, model::level level, std::string text, std::string parent = {}) {
    model::goal g;
    g.id = std::move(id);
    g.level = level;
    g.text = g.name = std::move(text);
    if (!parent.empty()) g.parent = model::link{std::move(parent), model::link_kind::structure, std::nullopt};
    return g;
}

model::activity activity(std::string id, std::string text, std::string goal_id, model::status status) {
    model::activity a;
    a.id = std::move(id);
    a.text = std::move(text);
    a.goal = model::link{std::move(goal_id), model::link_kind::structure, std::nullopt};
    model::status_report report;
    report.checkpoint = model::checkpoint::bokslut;
    report.word = "x";
    report.value = status;
    a.statuses.push_back(report);
    return a;
}

// Last year's chain: two KF goals, three nämndmål, four activities.
model::document last_year() {
    model::document d;
    d.goals = {goal("k1", model::level::kf, "Utbildning med hög kvalitet"),
               goal("k2", model::level::kf, "Sund ekonomi"),
               goal("n1", model::level::namnd, "Fler elever når kunskapskraven i alla ämnen", "k1"),
               goal("n2", model::level::namnd, "Ekonomi i balans", "k2"),
               goal("n3", model::level::namnd, "Minskat matsvinn", "k2")};
    d.activities = {activity("a1", "Läsfrämjande insatser i förskoleklass", "n1", model::status::on_track),
                    activity("a2", "Uppföljning av budget varje månad", "n2", model::status::on_track),
                    activity("a3", "Mät matsvinnet varje vecka", "n3", model::status::done),
                    activity("a4", "Ny lokalplan", "n2", model::status::deviates)};
    return d;
}

std::size_t count_if(const diff::changes& c, bool (*kind)(const diff::goal_diff&)) {
    return static_cast<std::size_t>(std::count_if(c.goals.begin(), c.goals.end(), kind));
}

}  // namespace

TEST_CASE("comparison: the same chain twice is no change") {
    diff::changes c = diff::compare(last_year(), last_year());
    CHECK(c.count() == 0);
    CHECK(c.goals.size() == 5);
    CHECK(c.activities.size() == 4);
    for (const auto& g : c.goals) CHECK_FALSE(g.changed());
}

TEST_CASE("comparison: text that differs only in case, spaces and punctuation is kept, not reworded") {
    model::document now = last_year();
    now.goals[2].text = now.goals[2].name = "  fler elever når kunskapskraven i alla ämnen. ";
    now.activities[0].text = "LÄSFRÄMJANDE insatser i förskoleklass!";
    CHECK(diff::compare(last_year(), now).count() == 0);
}

TEST_CASE("comparison: a goal reworded is linked by the matcher with its score") {
    model::document now = last_year();
    now.goals[2].text = now.goals[2].name = "Fler elever når kunskapskraven i samtliga ämnen";
    diff::changes c = diff::compare(last_year(), now);
    REQUIRE(c.count() == 1);
    const diff::goal_diff& d = c.goals[2];
    CHECK(d.reworded);
    CHECK_FALSE(d.moved);
    REQUIRE(d.score);
    CHECK(*d.score >= 0.75);
    CHECK(*d.score < 1.0);
    CHECK(d.before->text == "Fler elever når kunskapskraven i alla ämnen");
    // Its activity stays under it: not moved.
    CHECK_FALSE(c.activities[0].changed());
}

TEST_CASE("comparison: a goal under another parent is moved") {
    model::document now = last_year();
    now.goals[4].parent->target = "k1";
    diff::changes c = diff::compare(last_year(), now);
    REQUIRE(c.count() == 1);
    CHECK(c.goals[4].moved);
    CHECK(c.goals[4].before->parent == "Sund ekonomi");
    CHECK(c.goals[4].after->parent == "Utbildning med hög kvalitet");
}

TEST_CASE("comparison: a goal dropped and a goal new, with their activities") {
    model::document now = last_year();
    now.goals.erase(now.goals.begin() + 4);  // Minskat matsvinn
    now.activities.erase(now.activities.begin() + 2);
    now.goals.push_back(goal("n4", model::level::namnd, "Alla medarbetare har en god arbetsmiljö", "k2"));
    now.activities.push_back(activity("a5", "Medarbetarenkät", "n4", model::status::not_started));
    diff::changes c = diff::compare(last_year(), now);
    CHECK(c.count() == 4);
    CHECK(count_if(c, [](const diff::goal_diff& d) { return !d.after; }) == 1);
    CHECK(count_if(c, [](const diff::goal_diff& d) { return !d.before; }) == 1);
    auto dropped = std::find_if(c.goals.begin(), c.goals.end(), [](const auto& d) { return !d.after; });
    CHECK(dropped->before->text == "Minskat matsvinn");
    auto lone =
        std::count_if(c.activities.begin(), c.activities.end(), [](const auto& d) { return !d.before || !d.after; });
    CHECK(lone == 2);
}

TEST_CASE("comparison: an activity under another goal is moved, a changed status is reported") {
    model::document now = last_year();
    now.activities[3].goal->target = "n1";                      // Ny lokalplan: to the first nämndmål
    now.activities[1].statuses[0].value = model::status::done;  // budget: on track → done
    diff::changes c = diff::compare(last_year(), now);
    CHECK(c.count() == 2);
    CHECK(c.activities[3].moved);
    CHECK_FALSE(c.activities[3].status_changed);
    CHECK(c.activities[3].before->goal == "Ekonomi i balans");
    CHECK(c.activities[1].status_changed);
    CHECK_FALSE(c.activities[1].moved);
    CHECK(*c.activities[1].before->status == model::status::on_track);
    CHECK(*c.activities[1].after->status == model::status::done);
}

TEST_CASE("comparison: an activity is paired with its namesake under the same goal first") {
    model::document before = last_year();
    before.activities.push_back(activity("a6", "Mät matsvinnet varje vecka", "n2", model::status::done));
    model::document now = before;
    std::swap(now.activities[2], now.activities[4]);
    CHECK(diff::compare(before, now).count() == 0);
}

TEST_CASE("comparison: indicators show both years' target and outcome, a changed target is a change") {
    model::document before = last_year();
    model::indicator i;
    i.name = "Andel behöriga";
    i.target.text = "75 %";
    model::outcome outcome;
    outcome.label = "Utfall";
    outcome.value.text = "70 %";
    i.outcomes.push_back(outcome);
    before.goals[2].indicators.push_back(i);
    model::document now = before;
    CHECK(diff::compare(before, now).count() == 0);
    now.goals[2].indicators[0].target.text = "80 %";
    now.goals[2].indicators[0].outcomes[0].value.text = "78 %";
    diff::changes c = diff::compare(before, now);
    REQUIRE(c.indicators.size() == 1);
    CHECK(c.count() == 1);
    CHECK(c.indicators[0].before->target == "75 %");
    CHECK(c.indicators[0].after->target == "80 %");
    CHECK(c.indicators[0].before->outcome == "70 %");
    CHECK(c.indicators[0].after->outcome == "78 %");
    CHECK(c.indicators[0].owner == "Fler elever når kunskapskraven i alla ämnen");
}

TEST_CASE("comparison: goals of different levels are never paired") {
    model::document now = last_year();
    now.goals[1].level = model::level::namnd;  // Sund ekonomi is now a nämndmål
    diff::changes c = diff::compare(last_year(), now);
    CHECK(count_if(c, [](const diff::goal_diff& d) { return !d.after; }) == 1);
    CHECK(count_if(c, [](const diff::goal_diff& d) { return !d.before; }) == 1);
}
