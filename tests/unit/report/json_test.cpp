// The .json report: stable key order, the same bytes for the same input, the model's content.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture_reports.hpp"
#include "src/check/rule.hpp"
#include "src/report/json.hpp"

TEST_CASE("json report: deterministic, keys in a fixed order, goals, activities, summary and findings") {
    auto doc = report_test::load_fixture({"uppfoljning/atagande-2018.xlsx"});
    auto found = mk::check::run_all({doc, nullptr, "2018-10-31"});
    std::string text = mk::report::write_report_json(doc, found, {});
    CHECK(text == mk::report::write_report_json(doc, found, {}));
    CHECK(text.ends_with("}\n"));
    auto json = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto& [key, value] : json.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"format", "version", "metadata", "goals", "activities", "summary", "findings"});
    CHECK(json["metadata"]["as_of"] == "2018-12-31");
    CHECK(json["metadata"]["created"].is_null());
    CHECK(json["goals"].size() == doc.goals.size());
    CHECK(json["activities"].size() == 30);
    const auto& first = json["activities"][0];
    CHECK(first["goal"]["id"] == doc.activities[0].goal->target);
    CHECK(first["statuses"].size() == 3);
    CHECK(first["statuses"][2]["checkpoint"] == "bokslut");
    CHECK(first["statuses"][2]["word"] == "Genomfört");
    CHECK(first["latest_status"] == "done");
    const auto& total = json["summary"].back();
    CHECK(total["scope"] == "total");
    CHECK(total["by_status"]["done"] == 28);
    CHECK(total["by_status"]["deviates"] == 2);
    CHECK(json["findings"].size() == found.size());
    auto dated = nlohmann::ordered_json::parse(mk::report::write_report_json(doc, found, {"Titel", "2019-02-01"}));
    CHECK(dated["metadata"]["title"] == "Titel");
    CHECK(dated["metadata"]["created"] == "2019-02-01");
}
