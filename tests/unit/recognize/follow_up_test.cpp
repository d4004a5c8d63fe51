#include <doctest/doctest.h>

#include <map>
#include <set>

#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/recognize/follow_up.hpp"

namespace {

mk::recognize::follow_up import_fixture(const std::string& relative) {
    std::string path = std::string(MK_FIXTURES) + "/" + relative;
    return mk::recognize::recognise_follow_up(mk::read_workbook(mk::read_input_file(path), mk::file_stem(path)),
                                              relative);
}

std::map<std::string, int> count_words(const mk::model::document& doc, std::size_t status_index) {
    std::map<std::string, int> counts;
    for (const auto& a : doc.activities)
        if (status_index < a.statuses.size()) ++counts[a.statuses[status_index].word];
    return counts;
}

}  // namespace

TEST_CASE("follow-up places of one file share its name and each sheet's (issue 16: a million cells)") {
    auto result = import_fixture("uppfoljning/verksamhetsplan-2019.xlsx");
    const auto& activities = result.doc.activities;
    REQUIRE(activities.size() == 40);
    const std::string& file = activities.front().source->file;
    const std::string& sheet = activities.front().source->sheet;
    CHECK(file == "uppfoljning/verksamhetsplan-2019.xlsx");
    for (const auto& a : activities) {
        CAPTURE(a.source->cell);
        CHECK(&a.source->sheet.str() == &sheet);
        CHECK(&a.source->file.str() == &file);
        for (const auto& s : a.statuses) {
            CHECK(&s.source->sheet.str() == &sheet);
            CHECK(&s.source->file.str() == &file);
        }
    }
}

TEST_CASE("follow-up verksamhetsplan 2019: 5 perspectives, 15 nämndmål, 40 activities (fixtures README)") {
    for (std::string file : {"uppfoljning/verksamhetsplan-2019.xlsx", "uppfoljning/verksamhetsplan-2019.ods",
                             "uppfoljning/verksamhetsplan-2019.libreoffice.xlsx"}) {
        CAPTURE(file);
        auto result = import_fixture(file);
        const auto& doc = result.doc;
        CHECK(doc.goals.size() == 15);
        CHECK(doc.activities.size() == 40);
        std::set<std::string> perspectives;
        for (const auto& g : doc.goals) perspectives.insert(g.perspective);
        CHECK(perspectives == std::set<std::string>{"Samhälle", "Medborgare", "Ekonomi", "Verksamhet", "Medarbetare"});
        auto words = count_words(doc, 0);
        CHECK(words["Pågående"] == 32);
        CHECK(words["Kvarstår"] == 6);
        CHECK(words["Genomfört"] == 1);
        CHECK(words["Klart"] == 1);
        int comments = 0;
        for (const auto& a : doc.activities)
            for (const auto& s : a.statuses) comments += !s.comment.empty();
        CHECK(comments == 14);
        std::map<std::string, int> per_goal;
        for (const auto& a : doc.activities) ++per_goal[a.goal->target];
        for (const auto& g : doc.goals)
            if (g.name == "Nya vägar för (tryggad) kompetensförsörjning") CHECK(per_goal[g.id] == 8);
        CHECK(doc.goals.front().name == "Likvärdiga möjligheter");
        CHECK(doc.goals.front().description == "Skolan är en mötesplats som bidrar till likvärdighet och jämlikhet för elever.");
        CHECK(doc.metadata.year == 2019);
    }
}

TEST_CASE("follow-up åtaganden 2018: 30 åtaganden under 8 mål and 18 delmål (fixtures README)") {
    for (std::string file : {"uppfoljning/atagande-2018.xlsx", "uppfoljning/atagande-2018.ods",
                             "uppfoljning/atagande-2018.csv"}) {
        CAPTURE(file);
        auto doc = import_fixture(file).doc;
        int kf = 0, namnd = 0;
        for (const auto& g : doc.goals) (g.level == mk::model::level::kf ? kf : namnd)++;
        CHECK(kf == 8);
        CHECK(namnd == 18);
        CHECK(doc.activities.size() == 30);
        CHECK(count_words(doc, 0)["Enligt plan"] == 30);
        auto delar2 = count_words(doc, 1);
        CHECK(delar2["Enligt plan"] == 25);
        CHECK(delar2["Klart"] == 3);
        CHECK(delar2["Avviker från plan"] == 2);
        auto bokslut = count_words(doc, 2);
        CHECK(bokslut["Genomfört"] == 28);
        CHECK(bokslut["Avviker från plan"] == 2);
        CHECK(doc.metadata.diarienummer == "GAN-2019/10.603");
        CHECK(doc.metadata.kommun == "Huddinge");
        CHECK(doc.metadata.as_of == "2018-12-31");
        CHECK(doc.metadata.year == 2018);
        int priorities = 0;
        for (const auto& a : doc.activities) priorities += !a.priority.empty();
        CHECK(priorities == 16);
    }
}
