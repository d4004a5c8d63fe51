#include <doctest/doctest.h>

#include "src/core/error.hpp"
#include "src/model/stable_ids.hpp"
#include "tests/unit/package/error_code.hpp"

using namespace mk::model;
using mk::test::error_code;

namespace {

goal make_goal(std::string id, level at, std::string text, std::optional<std::string> parent = std::nullopt) {
    goal g;
    g.id = std::move(id);
    g.level = at;
    g.text = std::move(text);
    if (parent) g.parent = mk::model::link{*parent, link_kind::structure, std::nullopt};
    return g;
}

activity make_activity(std::string id, std::string goal_id, std::string text) {
    activity a;
    a.id = std::move(id);
    a.goal = mk::model::link{std::move(goal_id), link_kind::exact, std::nullopt};
    a.text = std::move(text);
    return a;
}

document small_chain() {
    document doc;
    doc.goals.push_back(make_goal("x1", level::kf, "Utbildning med hög kvalitet"));
    doc.goals.push_back(make_goal("x2", level::namnd, "Förbättrade kunskapsresultat : Språkutveckling", "x1"));
    doc.activities.push_back(make_activity("y1", "x2", "Implementera den förvaltningsövergripande språkplanen."));
    finding f;
    f.rule = "MK001";
    f.subject = "y1";
    doc.findings.push_back(f);
    return doc;
}

}  // namespace

TEST_CASE("stable ids: derived from content, not from the ids the model had") {
    document a = small_chain();
    document b = small_chain();
    b.goals[0].id = "other";
    b.goals[1].id = "names";
    b.goals[1].parent->target = "other";
    b.activities[0].id = "here";
    b.activities[0].goal->target = "names";
    b.findings[0].subject = "here";
    assign_stable_ids(a);
    assign_stable_ids(b);
    CHECK(a == b);
    CHECK(a.goals[0].id.size() == 10);
    CHECK(a.goals[0].id.starts_with("g-"));
    CHECK(a.activities[0].id.starts_with("a-"));
    CHECK(a.goals[1].parent->target == a.goals[0].id);
    CHECK(a.activities[0].goal->target == a.goals[1].id);
    CHECK(a.findings[0].subject == a.activities[0].id);
}

TEST_CASE("stable ids: case, spacing and punctuation of the text do not change the id") {
    document a = small_chain();
    document b = small_chain();
    b.goals[0].text = "  UTBILDNING med hög   kvalitet.";
    assign_stable_ids(a);
    assign_stable_ids(b);
    CHECK(a.goals[0].id == b.goals[0].id);
}

TEST_CASE("stable ids: level, parent and text each change the id") {
    document base = small_chain();
    assign_stable_ids(base);
    document other_level = small_chain();
    other_level.goals[1].level = level::forvaltning;
    assign_stable_ids(other_level);
    CHECK(other_level.goals[1].id != base.goals[1].id);
    document other_text = small_chain();
    other_text.goals[0].text = "Fler i jobb";
    assign_stable_ids(other_text);
    CHECK(other_text.goals[0].id != base.goals[0].id);
    CHECK(other_text.goals[1].id != base.goals[1].id);
    CHECK(other_text.activities[0].id != base.activities[0].id);
}

TEST_CASE("stable ids: a goal without full text is named by name and description") {
    document a;
    a.goals.push_back(make_goal("1", level::namnd, "Likvärdiga möjligheter - Skolan är en mötesplats."));
    document b;
    goal g = make_goal("1", level::namnd, "");
    g.name = "Likvärdiga möjligheter";
    g.description = "Skolan är en mötesplats.";
    b.goals.push_back(g);
    assign_stable_ids(a);
    assign_stable_ids(b);
    CHECK(a.goals[0].id == b.goals[0].id);
}

TEST_CASE("stable ids: equal content gets a numbered suffix in document order") {
    document doc = small_chain();
    doc.activities.push_back(make_activity("y2", "x2", "Implementera den förvaltningsövergripande språkplanen."));
    doc.activities.push_back(make_activity("y3", "x2", "Implementera den förvaltningsövergripande språkplanen."));
    assign_stable_ids(doc);
    CHECK(doc.activities[1].id == doc.activities[0].id + "-2");
    CHECK(doc.activities[2].id == doc.activities[0].id + "-3");
}

TEST_CASE("stable ids: interleaved equal activities are numbered each in their own order, and findings follow") {
    document doc = small_chain();
    doc.activities.push_back(make_activity("y2", "x2", "Fler elever läser"));
    doc.activities.push_back(make_activity("y3", "x2", "Implementera den förvaltningsövergripande språkplanen!"));
    doc.activities.push_back(make_activity("y4", "x2", "fler elever LÄSER."));
    doc.activities.push_back(make_activity("y5", "x2", "implementera den förvaltningsövergripande språkplanen"));
    doc.findings[0].subject = "y5";
    assign_stable_ids(doc);
    CHECK(doc.activities[1].id.size() == 10);
    CHECK(doc.activities[2].id == doc.activities[0].id + "-2");
    CHECK(doc.activities[3].id == doc.activities[1].id + "-2");
    CHECK(doc.activities[4].id == doc.activities[0].id + "-3");
    CHECK(doc.findings[0].subject == doc.activities[4].id);
}

TEST_CASE("stable ids: ten thousand activities, hashed on every core, get the ids each gets alone, in document order") {
    document doc = small_chain();
    for (int i = 1; i < 10000; ++i)
        doc.activities.push_back(
            make_activity("y" + std::to_string(i + 1), "x2", "Aktivitet " + std::to_string(i % 5000)));
    assign_stable_ids(doc);
    for (int i : {1, 2, 4999, 5001, 9999}) {
        CAPTURE(i);
        document alone = small_chain();
        alone.activities[0].text = "Aktivitet " + std::to_string(i % 5000);
        assign_stable_ids(alone);
        CHECK(doc.activities[i].id == alone.activities[0].id + (i >= 5000 ? "-2" : ""));
    }
}

TEST_CASE("stable ids: of two broken references, the first in document order is named") {
    document doc = small_chain();
    for (int i = 1; i < 10000; ++i)
        doc.activities.push_back(make_activity("y" + std::to_string(i + 1), "x2", "Aktivitet " + std::to_string(i)));
    doc.activities[20].goal->target = "saknas-först";
    doc.activities[9000].goal->target = "saknas-sist";
    try {
        assign_stable_ids(doc);
        FAIL("no error");
    } catch (const mk::error& e) {
        CHECK(std::string(e.what()).find("saknas-först") != std::string::npos);
    }
}

TEST_CASE("stable ids: assigning them again changes nothing") {
    document doc = small_chain();
    doc.activities.push_back(make_activity("y2", "x2", "Implementera den förvaltningsövergripande språkplanen."));
    assign_stable_ids(doc);
    document again = doc;
    assign_stable_ids(again);
    CHECK(again == doc);
}

TEST_CASE("stable ids: the same activity text under two goals gets two ids") {
    document doc = small_chain();
    doc.goals.push_back(make_goal("x3", level::namnd, "Fler i jobb", "x1"));
    doc.activities.push_back(make_activity("y2", "x3", "Implementera den förvaltningsövergripande språkplanen."));
    assign_stable_ids(doc);
    CHECK(doc.activities[0].id != doc.activities[1].id);
    CHECK(doc.activities[1].id.size() == 10);
}

TEST_CASE("stable ids: a parent listed after its child is named first") {
    document forward = small_chain();
    document backward = small_chain();
    std::swap(backward.goals[0], backward.goals[1]);
    assign_stable_ids(forward);
    assign_stable_ids(backward);
    CHECK(backward.goals[1].id == forward.goals[0].id);
    CHECK(backward.goals[0].id == forward.goals[1].id);
}

TEST_CASE("stable ids: broken references are refused") {
    document dangling = small_chain();
    dangling.activities[0].goal->target = "missing";
    CHECK(error_code([&] { assign_stable_ids(dangling); }) == "model.dangling_reference");

    document dangling_subject = small_chain();
    dangling_subject.findings[0].subject = "missing";
    CHECK(error_code([&] { assign_stable_ids(dangling_subject); }) == "model.dangling_reference");

    document duplicate = small_chain();
    duplicate.goals[1].id = "x1";
    CHECK(error_code([&] { assign_stable_ids(duplicate); }) == "model.duplicate_id");

    document duplicate_activity = small_chain();
    duplicate_activity.activities.push_back(make_activity("y1", "x2", "Fler elever läser"));
    CHECK(error_code([&] { assign_stable_ids(duplicate_activity); }) == "model.duplicate_id");

    document cycle = small_chain();
    cycle.goals[0].parent = mk::model::link{"x2", link_kind::structure, std::nullopt};
    CHECK(error_code([&] { assign_stable_ids(cycle); }) == "model.cycle");
}
