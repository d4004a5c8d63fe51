#include "follow_up_model.hpp"

#include "src/model/status_words.hpp"

namespace check_test {

mk::model::source_ref cell(const std::string& ref) {
    mk::model::source_ref place;
    place.file = "uppfoljning.xlsx";
    place.sheet = "Blad1";
    place.cell = ref;
    return place;
}

std::string add_goal(mk::model::document& doc, const std::string& text, const std::string& ref,
                     mk::model::level level, const std::string& parent_id) {
    mk::model::goal g;
    g.id = "g" + std::to_string(doc.goals.size() + 1);
    g.level = level;
    if (!parent_id.empty()) g.parent = mk::model::link{parent_id, mk::model::link_kind::structure, std::nullopt};
    g.name = text;
    g.text = text;
    g.source = cell(ref);
    doc.goals.push_back(g);
    return g.id;
}

mk::model::activity& add_activity(mk::model::document& doc, const std::string& goal_id, const std::string& text,
                                  const std::string& ref, int quarter) {
    mk::model::activity a;
    a.id = "a" + std::to_string(doc.activities.size() + 1);
    if (!goal_id.empty()) a.goal = mk::model::link{goal_id, mk::model::link_kind::structure, std::nullopt};
    a.text = text;
    if (quarter) a.planned = mk::model::plan_time{"Q" + std::to_string(quarter), static_cast<std::uint8_t>(quarter), ""};
    a.source = cell(ref);
    doc.activities.push_back(a);
    return doc.activities.back();
}

void add_status(mk::model::activity& a, mk::model::checkpoint checkpoint, const std::string& word,
                const std::string& ref, const std::string& comment) {
    mk::model::status_report s;
    s.checkpoint = checkpoint;
    s.label = "Status";
    s.word = word;
    s.value = mk::model::canonical_status(word);
    s.comment = comment;
    s.source = cell(ref);
    a.statuses.push_back(s);
}

mk::check::findings scenario::run_all() const {
    return mk::check::run_all({doc, chain ? &*chain : nullptr, as_of});
}

scenario base(const std::string& goal) {
    scenario s;
    s.doc.metadata.year = 2019;
    std::string g = add_goal(s.doc, goal, "A2");
    add_status(add_activity(s.doc, g, "Utveckla samarbete med andra nämnder", "B2"), mk::model::checkpoint::report,
               "Pågående", "D2");
    return s;
}

}  // namespace check_test
